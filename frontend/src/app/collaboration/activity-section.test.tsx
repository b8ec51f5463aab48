import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CollaborationContext } from '../../features/collaborations/collaboration-layout';
import { mockClient, renderRoute } from '../../test/render';
import { ActivitySection } from './activity-section';

const ctx: CollaborationContext = {
  collaborationId: 'Q29sbGFib3JhdGlvbjox',
  slug: 'fridge',
  title: 'Fridge',
  signedIn: true,
  isMember: true,
  isSteward: false,
  onNotice: vi.fn(),
};

function entry(id: string, verb: string) {
  return {
    __typename: 'ActivityEdge',
    cursor: `cursor-${id}`,
    node: {
      __typename: 'Activity',
      id,
      verb,
      subjectType: 'Collaboration',
      createdAt: '2026-11-20T12:00:00Z',
      actor: { __typename: 'Person', handle: 'amara', displayName: 'Amara' },
      subject: null,
    },
  };
}

// The section reads its collaboration from the layout's outlet.
vi.mock('../../features/collaborations/collaboration-layout', () => ({ useCollaboration: () => ctx }));

describe('ActivitySection', () => {
  it('subscribes after the newest entry it has read', async () => {
    const client = mockClient({
      query: () => ({
        data: {
          collaboration: {
            __typename: 'Collaboration',
            id: ctx.collaborationId,
            activity: {
              __typename: 'ActivityConnection',
              edges: [entry('A2', 'collaboration.updated'), entry('A1', 'collaboration.created')],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'cursor-A1' },
            },
          },
        },
      }),
    });
    renderRoute(<ActivitySection />, { client, path: '/c/fridge/activity' });
    await screen.findByText(/Amara started the collaboration/);
    const subscription = client.executeSubscription.mock.calls.at(-1)?.[0];
    expect(subscription?.variables).toEqual({ collaborationId: ctx.collaborationId, after: 'A2' });
  });
});
