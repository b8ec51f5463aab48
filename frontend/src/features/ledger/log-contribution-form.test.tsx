import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { amara, mockClient, renderRoute } from '../../test/render';
import { LogContributionForm } from './log-contribution-form';

const logged = {
  data: {
    logContribution: {
      __typename: 'ContributionPayload',
      contribution: { __typename: 'Contribution', id: 'e1', status: 'UNCONFIRMED', commitment: null },
    },
  },
};

describe('LogContributionForm', () => {
  it('sends one idempotency key per entry, the same again when a failed submission is retried', async () => {
    const user = userEvent.setup();
    const keys: unknown[] = [];
    let fail = true;
    const client = mockClient({
      mutation: (op) => {
        keys.push((op.variables.input as Record<string, unknown>).idempotencyKey);
        if (fail) return { error: new CombinedError({ networkError: new Error('The request timed out') }) };
        return logged;
      },
    });
    const onDone = vi.fn();
    renderRoute(<LogContributionForm collaborationId="c1" commitments={[]} onDone={onDone} />, { viewer: amara, client });

    await user.type(screen.getByLabelText('How much did you give?'), '2');
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(keys).toHaveLength(2);
    expect(keys[0]).toEqual(expect.any(String));
    expect(keys[1]).toBe(keys[0]);

    await user.type(screen.getByLabelText('How much did you give?'), '2');
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledTimes(2));
    expect(keys[2]).toEqual(expect.any(String));
    expect(keys[2]).not.toBe(keys[0]);
  });
});
