import { act, render } from '@testing-library/react';
import { Provider, type Operation, type OperationResult } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { makeSubject } from 'wonka';
import { asClient, mockClient, type SentOperation } from '../test/render';
import { useLiveActivity } from './use-live-activity';

function Probe({ collaborationId, onChange }: { collaborationId?: string; onChange: () => void }) {
  useLiveActivity(collaborationId, onChange);
  return null;
}

/** A client whose one subscription delivers what the test sends. */
function liveClient() {
  const events = makeSubject<OperationResult>();
  let operation: SentOperation | undefined;
  const client = mockClient();
  client.executeSubscription.mockImplementation((op) => {
    operation = op;
    return events.source;
  });
  const send = (verb: string) =>
    act(() =>
      events.next({
        operation: operation as Operation,
        data: { collaborationActivity: { __typename: 'Activity', id: 'QWN0aXZpdHk6MQ==', verb, createdAt: '2026-12-05T12:00:00Z' } },
        stale: false,
        hasNext: true,
      }),
    );
  return { client, send };
}

describe('useLiveActivity', () => {
  it('calls the onChange of the latest render for each event', () => {
    const { client, send } = liveClient();
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = render(
      <Provider value={asClient(client)}>
        <Probe collaborationId="Q29sbGFib3JhdGlvbjox" onChange={first} />
      </Provider>,
    );
    expect(client.executeSubscription).toHaveBeenCalledTimes(1);

    send('JOINED');
    expect(first).toHaveBeenCalledTimes(1);

    rerender(
      <Provider value={asClient(client)}>
        <Probe collaborationId="Q29sbGFib3JhdGlvbjox" onChange={second} />
      </Provider>,
    );
    send('COMMITTED');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(client.executeSubscription).toHaveBeenCalledTimes(1);
  });

  it('subscribes to nothing without a collaboration', () => {
    const { client } = liveClient();
    render(
      <Provider value={asClient(client)}>
        <Probe onChange={vi.fn()} />
      </Provider>,
    );
    expect(client.executeSubscription).not.toHaveBeenCalled();
  });
});
