import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Kind } from 'graphql';
import type { Operation } from 'urql';
import { describe, expect, it } from 'vitest';
import { amara, mockClient, renderRoute } from '../../test/render';
import { NotificationsPage } from './notifications-page';

function opName(op: Operation): string | undefined {
  const d = op.query.definitions[0];
  return d?.kind === Kind.OPERATION_DEFINITION ? d.name?.value : undefined;
}

const node = (id: string, kind: string, readAt: string | null, extra: Record<string, unknown> = {}) => ({
  __typename: 'Notification',
  id,
  kind,
  createdAt: new Date(Date.now() - 3_600_000).toISOString(),
  readAt,
  actor: { __typename: 'Person', displayName: 'Bo Chen' },
  collaboration: { __typename: 'Collaboration', slug: 'fridge', title: 'Community fridge' },
  subject: { __typename: 'Membership', id: `M${id}`, membershipStatus: kind === 'INVITATION' ? 'INVITED' : 'REQUESTED' },
  ...extra,
});

function renderPage(nodes: ReturnType<typeof node>[]) {
  const unread = nodes.filter((n) => !n.readAt).length;
  const client = mockClient({
    query: (o) => {
      const op = o as Operation;
      if (opName(op) !== 'GetNotifications') return undefined;
      const only = (op.variables as { unreadOnly?: boolean }).unreadOnly;
      const shown = only ? nodes.filter((n) => !n.readAt) : nodes;
      return {
        data: {
          notifications: {
            __typename: 'NotificationConnection',
            totalCount: shown.length,
            unreadCount: unread,
            edges: shown.map((n) => ({ __typename: 'NotificationEdge', cursor: `c-${n.id}`, node: n })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      };
    },
    mutation: () => ({
      data: { markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', notifications: [], unreadCount: 0 } },
    }),
  });
  return renderRoute(<NotificationsPage />, { path: '/notifications', client, viewer: amara });
}

describe('NotificationsPage', () => {
  it('says what each notification is, marks the unread, and links to where to act', () => {
    renderPage([
      node('N2', 'PROPOSAL_CLOSING', null, {
        actor: null,
        subject: { __typename: 'Proposal', id: 'P9', title: 'Open on Sundays', proposalStatus: 'OPEN' },
      }),
      node('N1', 'JOIN_REQUEST', '2026-11-20T10:00:00Z'),
    ]);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      'Unread: “Open on Sundays” in Community fridge closes within a day, and you have not taken a position.',
    );
    expect(within(items[0]).getByRole('link', { name: 'Take a position' })).toHaveAttribute('href', '/c/fridge/proposals/P9');
    expect(items[1]).toHaveTextContent('Bo Chen asked to join Community fridge.');
    expect(items[1]).not.toHaveTextContent('Unread');
    expect(within(items[1]).queryByRole('button', { name: 'Mark read' })).toBeNull();
    expect(screen.getByRole('radio', { name: 'Unread only (1)' })).toBeInTheDocument();
  });

  it('says what became of what no longer waits, and offers no link to act on it', () => {
    renderPage([
      node('N3', 'CONTRIBUTION_TO_CONFIRM', null, {
        subject: {
          __typename: 'Contribution',
          id: 'E1',
          confirmedAt: '2026-11-20T10:00:00Z',
          confirmedBy: { __typename: 'Person', displayName: 'Cy Ra' },
          reversedBy: null,
        },
      }),
      node('N2', 'JOIN_REQUEST', null, { subject: { __typename: 'Membership', id: 'M2', membershipStatus: 'ACTIVE' } }),
      node('N1', 'CONTRIBUTION_TO_CONFIRM', null, {
        subject: { __typename: 'Contribution', id: 'E2', confirmedAt: null, confirmedBy: null, reversedBy: null },
      }),
    ]);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Bo Chen logged a contribution to Community fridge. Cy Ra confirmed it.');
    expect(within(items[0]).queryByRole('link')).toBeNull();
    expect(items[1]).toHaveTextContent('They are a member now.');
    expect(within(items[2]).getByRole('link', { name: 'Confirm on your dashboard' })).toHaveAttribute('href', '/dashboard');
  });

  it('says an invitation was withdrawn when a steward took it back, and declined when its person did', () => {
    renderPage([
      node('N5', 'INVITATION', null, { subject: { __typename: 'Membership', id: 'M5', membershipStatus: 'REMOVED' } }),
      node('N4', 'INVITATION', null, { subject: { __typename: 'Membership', id: 'M4', membershipStatus: 'DECLINED' } }),
      node('N3', 'JOIN_REQUEST', null, { subject: { __typename: 'Membership', id: 'M3', membershipStatus: 'DECLINED' } }),
    ]);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('It was withdrawn.');
    expect(within(items[0]).queryByRole('link')).toBeNull();
    expect(items[1]).toHaveTextContent('You declined it.');
    expect(items[2]).toHaveTextContent('It was declined.');
  });

  it('marks one or all read', async () => {
    const { client } = renderPage([node('N1', 'INVITATION', null)]);
    await userEvent.click(screen.getByRole('button', { name: 'Mark read' }));
    const exec = (client as unknown as { executeMutation: { mock: { calls: { variables: unknown }[][] } } }).executeMutation;
    expect(exec.mock.calls[0][0].variables).toEqual({ input: { ids: ['N1'] } });
    await userEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(exec.mock.calls[1][0].variables).toEqual({ input: { all: true } });
  });

  it('says what will show here when there is nothing', () => {
    renderPage([]);
    expect(screen.getByText('No notifications yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark all read' })).toBeNull();
  });
});
