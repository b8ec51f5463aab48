import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { amara, gqlError, mockClient, renderRoute } from '../../test/render';
import { JoinPage } from './join-page';

const collaboration = (viewerMembership: object | null) => ({
  data: {
    collaboration: {
      __typename: 'Collaboration',
      id: 'c1',
      slug: 'repair-cafe',
      title: 'Repair café',
      goal: 'Fix 500 things a year together.',
      status: 'FORMING',
      memberCount: 1,
      viewerMembership,
      needs: [
        {
          __typename: 'Need',
          id: 'n1',
          filled: false,
          skill: 'repair',
          description: '',
          pledgedShare: 0.25,
          quantity: { __typename: 'Quantity', kind: 'SKILL', amount: '20.00', unit: 'hours', currency: null },
        },
      ],
    },
  },
});

describe('JoinPage', () => {
  it('asks to join with two commitments, one toward a need and conditional', async () => {
    const user = userEvent.setup();
    let sent: { collaborationId: string; commitments: unknown[]; idempotencyKey?: string } | undefined;
    const client = mockClient({
      query: () => collaboration(null),
      mutation: (op) => {
        sent = (op.variables as { input: typeof sent }).input;
        return {
          data: {
            requestToJoin: {
              __typename: 'MembershipPayload',
              membership: { __typename: 'Membership', id: 'm2', role: 'MEMBER', status: 'REQUESTED', commitments: [] },
            },
          },
        };
      },
    });
    renderRoute(<JoinPage />, { viewer: amara, client, path: '/c/:slug/join', at: '/c/repair-cafe/join' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Join by committing' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(/Toward a need/), 'n1');
    await user.type(screen.getByLabelText('How much'), '4');
    await user.click(screen.getByRole('radio', { name: /When enough members have joined/ }));
    await user.click(screen.getByRole('button', { name: 'Add another commitment' }));
    const second = screen.getByRole('group', { name: 'Commitment 2' });
    await user.selectOptions(within(second).getByLabelText('Kind'), 'GOODWILL');
    await user.type(within(second).getByLabelText('Unit'), 'introductions');
    await user.type(within(second).getByLabelText('How much'), '3');
    await user.click(screen.getByRole('button', { name: 'Ask to join' }));

    const { idempotencyKey, ...rest } = sent ?? {};
    expect(idempotencyKey).toMatch(/^[\w-]{32,36}$/);
    expect(rest).toEqual({
      collaborationId: 'c1',
      commitments: [
        { kind: 'SKILL', quantity: '4', needId: 'n1', condition: { kind: 'ACTIVE_MEMBERS', threshold: 3 } },
        { kind: 'GOODWILL', quantity: '3', unit: 'introductions' },
      ],
    });
    expect(screen.getByTestId('location')).toHaveTextContent('/c/repair-cafe');
  });

  it('shows the server’s error on the commitment and field it names', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      query: () => collaboration(null),
      mutation: () => ({
        error: new CombinedError({
          graphQLErrors: [
            gqlError(
              'The due date has already passed; choose a date in the future.',
              'BAD_USER_INPUT',
              'commitments.1.dueAt',
            ),
          ],
        }),
      }),
    });
    renderRoute(<JoinPage />, { viewer: amara, client, path: '/c/:slug/join', at: '/c/repair-cafe/join' });
    await user.type(await screen.findByLabelText('How much'), '2');
    await user.click(screen.getByRole('button', { name: 'Add another commitment' }));
    const second = screen.getByRole('group', { name: 'Commitment 2' });
    await user.type(within(second).getByLabelText('How much'), '1');
    await user.click(screen.getByRole('button', { name: 'Ask to join' }));
    const due = await within(second).findByLabelText(/Due by/);
    expect(due).toHaveAccessibleDescription(/The due date has already passed/);
    expect(due).toHaveFocus();
    expect(
      within(screen.getByRole('group', { name: 'Commitment 1' })).getByLabelText(/Due by/),
    ).not.toHaveAccessibleDescription(/passed/);
  });

  it('accepts an invitation by committing', async () => {
    const user = userEvent.setup();
    let sent: unknown;
    const client = mockClient({
      query: () => collaboration({ __typename: 'Membership', id: 'm9', status: 'INVITED', role: 'MEMBER' }),
      mutation: (op) => {
        sent = (op.variables as { input: unknown }).input;
        return {
          data: {
            acceptInvitation: {
              __typename: 'MembershipPayload',
              membership: { __typename: 'Membership', id: 'm9', role: 'MEMBER', status: 'ACTIVE', commitments: [] },
            },
          },
        };
      },
    });
    renderRoute(<JoinPage />, { viewer: amara, client, path: '/c/:slug/join', at: '/c/repair-cafe/join' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accept the invitation' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('How much'), '2');
    await user.click(screen.getByRole('button', { name: 'Accept and commit' }));
    expect(sent).toEqual({ membershipId: 'm9', commitments: [{ kind: 'TIME', quantity: '2' }] });
  });

  it('commits more, retrying a failed submission with the same idempotency key', async () => {
    const user = userEvent.setup();
    const sent: { idempotencyKey?: string }[] = [];
    const client = mockClient({
      query: () => collaboration({ __typename: 'Membership', id: 'm1', status: 'ACTIVE', role: 'MEMBER' }),
      mutation: (op) => {
        sent.push((op.variables as { input: { idempotencyKey?: string } }).input);
        if (sent.length === 1) return { error: new CombinedError({ networkError: new Error('The request timed out') }) };
        return {
          data: {
            makeCommitment: {
              __typename: 'CommitmentPayload',
              commitment: {
                __typename: 'Commitment',
                id: 'cm2',
                status: 'BINDING',
                quantity: { __typename: 'Quantity', kind: 'TIME', amount: '2.00', unit: 'hours', currency: null },
                membership: { __typename: 'Membership', id: 'm1', status: 'ACTIVE' },
              },
            },
          },
        };
      },
    });
    renderRoute(<JoinPage more />, { viewer: amara, client, path: '/c/:slug/commit', at: '/c/repair-cafe/commit' });
    await user.type(await screen.findByLabelText('How much'), '2');
    await user.click(screen.getByRole('button', { name: 'Commit' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Commit' }));
    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/c\/repair-cafe$/);
    expect(sent).toHaveLength(2);
    const [{ idempotencyKey, ...first }, again] = sent as [{ idempotencyKey?: string }, { idempotencyKey?: string }];
    expect(first).toEqual({ collaborationId: 'c1', commitment: { kind: 'TIME', quantity: '2' } });
    expect(idempotencyKey).toMatch(/^[\w-]{32,36}$/);
    expect(again.idempotencyKey).toBe(idempotencyKey);
  });

  it('tells a member that they are one already', async () => {
    const client = mockClient({
      query: () => collaboration({ __typename: 'Membership', id: 'm1', status: 'ACTIVE', role: 'STEWARD' }),
    });
    renderRoute(<JoinPage />, { viewer: amara, client, path: '/c/:slug/join', at: '/c/repair-cafe/join' });
    expect(await screen.findByText('You are already a member.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Commit more' })).toHaveAttribute('href', '/c/repair-cafe/commit');
  });
});
