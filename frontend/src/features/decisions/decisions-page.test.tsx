import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Kind } from 'graphql';
import type { Operation } from 'urql';
import { describe, expect, it } from 'vitest';
import { amara, mockClient, renderRoute } from '../../test/render';
import DecisionsPage from './decisions-page';

const lotte = { __typename: 'Person', handle: 'lotte', displayName: 'Lotte Bakker' };
const amaraP = { __typename: 'Person', handle: 'amara', displayName: 'Amara Okafor' };
const oldGoal = 'Keep a public fridge stocked every day.';
const newGoal = 'Keep a public fridge stocked every day, and cook a shared meal each week.';

function collaboration(over: Record<string, unknown> = {}) {
  return {
    __typename: 'Collaboration',
    id: 'C1',
    slug: 'fridge',
    title: 'Noord Community Fridge',
    goal: newGoal,
    status: 'ACTIVE',
    viewerMembership: { __typename: 'Membership', id: 'M1', status: 'ACTIVE' },
    committeeSignal: { __typename: 'CommitteeSignal', talk: 12, do: 2, flagged: true, windowDays: 30 },
    goalHistory: [
      { __typename: 'GoalRevision', goal: newGoal, createdAt: '2026-11-29T20:00:00Z', setBy: lotte, proposal: { __typename: 'Proposal', id: 'P7', title: 'Add a weekly shared meal' } },
      { __typename: 'GoalRevision', goal: oldGoal, createdAt: '2026-07-19T10:00:00Z', setBy: amaraP, proposal: null },
    ],
    ...over,
  };
}

const proposalNode = (id: string, title: string, status: string) => ({
  __typename: 'Proposal',
  id,
  kind: 'OTHER',
  title,
  status,
  closesAt: new Date(Date.now() + 3 * 86_400_000 + 60_000).toISOString(),
  closedAt: status === 'OPEN' ? null : '2026-11-20T10:00:00Z',
  createdAt: '2026-11-10T10:00:00Z',
  author: lotte,
  tally: { __typename: 'Tally', agree: 2, abstain: 0, disagree: 1, block: 0 },
  viewerPosition: null,
});

function page(nodes: ReturnType<typeof proposalNode>[], hasNextPage = false) {
  return {
    __typename: 'ProposalConnection',
    totalCount: nodes.length,
    edges: nodes.map((n) => ({ __typename: 'ProposalEdge', cursor: `cur-${n.id}`, node: n })),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.length ? `cur-${nodes[nodes.length - 1].id}` : null },
  };
}

const emptyActivity = {
  __typename: 'ActivityConnection',
  totalCount: 0,
  edges: [],
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
};

function opName(op: Operation) {
  const d = op.query.definitions[0];
  return d.kind === Kind.OPERATION_DEFINITION ? d.name?.value : undefined;
}

function renderDecisions({
  c = collaboration(),
  proposals = (vars: Record<string, unknown>) => page(vars.after ? [proposalNode('P2', 'An older one', 'REJECTED')] : [proposalNode('P1', 'Paint the fridge', 'OPEN')], !vars.after),
  viewer = amara,
  at = '/c/fridge/decisions',
}: {
  c?: ReturnType<typeof collaboration> | null;
  proposals?: (vars: Record<string, unknown>) => ReturnType<typeof page>;
  viewer?: typeof amara | null;
  at?: string;
} = {}) {
  const client = mockClient({
    query: (o) => {
      const op = o as Operation;
      const vars = op.variables as Record<string, unknown>;
      switch (opName(op)) {
        case 'GetDecisions':
          return { data: { collaboration: c } };
        case 'GetProposalsPage':
          return { data: { collaboration: { __typename: 'Collaboration', id: 'C1', proposals: proposals(vars) } } };
        case 'GetActivity':
          return { data: { collaboration: { __typename: 'Collaboration', id: 'C1', activity: emptyActivity } } };
      }
      return undefined;
    },
  });
  return renderRoute(<DecisionsPage />, { path: '/c/:slug/decisions', at, client, viewer });
}

describe('DecisionsPage', () => {
  it('shows the goal now and every earlier goal with the proposal that replaced it', () => {
    renderDecisions();
    expect(within(screen.getByRole('region', { name: 'The goal now' })).getByText(newGoal)).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Earlier goals' });
    expect(within(history).getByText(oldGoal)).toBeInTheDocument();
    expect(within(history).getByText(/Replaced on/)).toHaveTextContent('Replaced on 29 Nov 2026 by the proposal Add a weekly shared meal.');
    expect(within(history).getByRole('link', { name: 'Add a weekly shared meal' })).toHaveAttribute('href', '/c/fridge/proposals/P7');
    expect(within(history).getByText(/Set by/)).toHaveTextContent('Set by Amara Okafor on 19 Jul 2026.');
  });

  it('says so when no goal is written down', () => {
    renderDecisions({ c: collaboration({ goal: '', goalHistory: [] }) });
    expect(screen.getByRole('region', { name: 'The goal now' })).toHaveTextContent('No goal is written down.');
    expect(screen.getByRole('region', { name: 'Earlier goals' })).toHaveTextContent('The goal has not changed yet.');
  });

  it('shows the committee signal with its two counts and what a flag means', () => {
    renderDecisions();
    const signal = screen.getByRole('region', { name: 'Talk and do' });
    expect(within(signal).getByText('Talk').nextElementSibling).toHaveTextContent('12proposals, positions and comments');
    expect(within(signal).getByText('Do').nextElementSibling).toHaveTextContent('2contributions and measurements');
    expect(within(signal).getByRole('note')).toHaveTextContent('This is turning into a committee.');
  });

  it('explains the signal when it is not flagged', () => {
    renderDecisions({ c: collaboration({ committeeSignal: { __typename: 'CommitteeSignal', talk: 3, do: 4, flagged: false, windowDays: 30 } }) });
    const signal = screen.getByRole('region', { name: 'Talk and do' });
    expect(within(signal).queryByRole('note')).not.toBeInTheDocument();
    expect(signal).toHaveTextContent('A collaboration is flagged when it talks at least 5 times and does less than a fifth as much');
  });

  it('lists proposals newest first, asks for the viewer’s position, and pages on', async () => {
    const user = userEvent.setup();
    renderDecisions();
    const list = screen.getByRole('region', { name: 'Proposals' });
    expect(within(list).getByRole('link', { name: 'Paint the fridge' })).toHaveAttribute('href', '/c/fridge/proposals/P1');
    expect(within(list).getByText('Your position is still missing.')).toBeInTheDocument();
    expect(within(list).getByText(/Closes in 3 days/)).toBeInTheDocument();
    // A proposal about "something else" carries no kind tag: "OTHER" alone read like a code.
    expect(within(list).queryByText(/^other/i)).not.toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Show more proposals' }));
    expect(within(list).getByRole('link', { name: 'An older one' })).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: 'Show more proposals' })).not.toBeInTheDocument();
  });

  it('filters by status from the address and says what to do when nothing matches', () => {
    const asked: unknown[] = [];
    renderDecisions({
      at: '/c/fridge/decisions?status=open',
      proposals: (vars) => {
        asked.push(vars.status);
        return page([]);
      },
    });
    expect(asked).toEqual([['OPEN']]);
    expect(screen.getByRole('link', { name: 'Open' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('No proposal is open')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Propose something' })).toHaveLength(2);
  });

  it('tells someone who is not a member how to take part', () => {
    renderDecisions({ c: collaboration({ viewerMembership: null }) });
    expect(screen.queryByRole('link', { name: 'Propose something' })).not.toBeInTheDocument();
    expect(screen.getByText(/Only active members propose and take positions/)).toBeInTheDocument();
    expect(screen.queryByText('Your position is still missing.')).not.toBeInTheDocument();
  });

  it('says when there is no such collaboration', () => {
    renderDecisions({ c: null, viewer: null });
    expect(screen.getByRole('heading', { level: 1, name: 'No collaboration here' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute('href', '/login?next=%2Fc%2Ffridge%2Fdecisions');
  });
});
