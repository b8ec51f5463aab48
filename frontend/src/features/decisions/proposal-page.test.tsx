import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Kind } from 'graphql';
import type { Operation } from 'urql';
import { describe, expect, it } from 'vitest';
import { amara, mockClient, renderRoute } from '../../test/render';
import ProposalPage from './proposal-page';

const id = 'UHJvcG9zYWw6MQ';
const person = (n: number, handle: string, displayName: string) => ({
  __typename: 'Person',
  id: `Person${n}`,
  handle,
  displayName,
});
const amaraP = { ...person(1, 'amara', 'Amara Okafor'), id: amara.id };
const joris = person(2, 'joris', 'Joris van Dijk');
const noor = person(3, 'noor', 'Noor Hassan');
const lotte = person(4, 'lotte', 'Lotte Bakker');
const goalNow = 'Keep a public fridge stocked every day.';

function proposal(over: Record<string, unknown> = {}) {
  return {
    __typename: 'Proposal',
    id,
    kind: 'GOAL',
    decisionKind: 'CONSENT',
    dotsPerMember: null,
    options: [],
    viewerBallot: null,
    results: null,
    title: 'Add a weekly shared meal',
    body: 'Samir has offered to cook.',
    proposedGoal: 'Keep a public fridge stocked every day, and cook a shared meal each week.',
    closesAt: new Date(Date.now() + 2 * 86_400_000 + 3 * 3_600_000 + 60_000).toISOString(),
    closedAt: null,
    createdAt: '2026-11-22T10:00:00Z',
    status: 'OPEN',
    author: lotte,
    collaboration: {
      __typename: 'Collaboration',
      id: 'C1',
      slug: 'fridge',
      title: 'Noord Community Fridge',
      goal: goalNow,
      status: 'ACTIVE',
      viewerMembership: { __typename: 'Membership', id: 'M1', status: 'ACTIVE' },
      members: [amaraP, joris, noor, lotte].map((p, i) => ({
        __typename: 'Membership',
        id: `M${i + 1}`,
        status: 'ACTIVE',
        person: p,
      })),
    },
    tally: { __typename: 'Tally', agree: 1, abstain: 0, disagree: 1, block: 0 },
    positions: [
      {
        __typename: 'Position',
        id: 'Pos1',
        stance: 'AGREE',
        reason: 'A meal brings people in.',
        createdAt: '2026-11-23T10:00:00Z',
        updatedAt: '2026-11-23T10:00:00Z',
        person: amaraP,
      },
      {
        __typename: 'Position',
        id: 'Pos2',
        stance: 'DISAGREE',
        reason: 'The second fridge first.',
        createdAt: '2026-11-23T11:00:00Z',
        updatedAt: '2026-11-24T11:00:00Z',
        person: noor,
      },
    ],
    viewerPosition: { __typename: 'Position', id: 'Pos1', stance: 'AGREE', reason: 'A meal brings people in.' },
    needs: [],
    comments: {
      __typename: 'CommentConnection',
      totalCount: 1,
      edges: [
        {
          __typename: 'CommentEdge',
          cursor: 'c1',
          node: {
            __typename: 'Comment',
            id: 'Cm1',
            body: 'Where would we cook?',
            createdAt: '2026-11-23T09:00:00Z',
            author: noor,
          },
        },
      ],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
    },
    ...over,
  };
}

function renderProposal(
  p: Record<string, unknown> | null,
  viewer: typeof amara | null = amara,
  at = `/c/fridge/proposals/${id}`,
) {
  const client = mockClient({
    query: (op) => {
      const name = (op as Operation).query.definitions[0];
      if (name.kind === Kind.OPERATION_DEFINITION && name.name?.value === 'GetProposal') {
        return { data: { node: p, viewer: viewer ? { __typename: 'Person', id: viewer.id } : null } };
      }
      return undefined;
    },
  });
  return renderRoute(<ProposalPage />, { path: '/c/:slug/proposals/:id', at, client, viewer });
}

const hours = (amount: string) => ({ __typename: 'Quantity', kind: 'TIME', amount, unit: 'hours', currency: null });

describe('ProposalPage', () => {
  it('shows what a proposal needs, pledged against needed, and lets a member pledge', () => {
    const need = {
      __typename: 'ProposalNeed',
      id: 'PN1',
      skill: '',
      description: 'drivers',
      covered: false,
      pledgedShare: 0.5,
      quantity: hours('4.00'),
      pledged: hours('2.00'),
      pledges: [
        {
          __typename: 'Commitment',
          id: 'Cm9',
          status: 'PENDING',
          description: 'Saturday morning',
          quantity: hours('2.00'),
          membership: { __typename: 'Membership', id: 'M2', person: joris },
        },
      ],
    };
    renderProposal(proposal({ kind: 'OTHER', proposedGoal: null, needs: [need] }));
    const needs = screen.getByRole('region', { name: 'What it needs' });
    expect(within(needs).getByText(/Not every need is covered yet/)).toBeInTheDocument();
    expect(within(needs).getByRole('heading', { name: 'Time: 4 hours' })).toBeInTheDocument();
    expect(within(needs).getAllByText('2 of 4 hours pledged (50%)').length).toBeGreaterThan(0);
    expect(within(needs).getByText('Joris van Dijk')).toBeInTheDocument();
    expect(within(needs).getByText('(if adopted)')).toBeInTheDocument();
    expect(within(needs).getByRole('form', { name: 'Pledge toward Time: 4 hours' })).toBeInTheDocument();
  });

  it('shows an open goal proposal: closing time, tally, every position, the goal it would replace', () => {
    renderProposal(proposal());
    expect(screen.getByRole('heading', { level: 1, name: 'Add a weekly shared meal' })).toBeInTheDocument();
    expect(screen.getByText('Goal proposal')).toBeInTheDocument();
    expect(screen.getByText(/2 days and 3 hours left/)).toBeInTheDocument();
    expect(screen.getByText(/your time zone:/)).toBeInTheDocument();
    expect(
      screen.getByText('Keep a public fridge stocked every day, and cook a shared meal each week.'),
    ).toBeInTheDocument();
    expect(screen.getByText(goalNow)).toBeInTheDocument();

    const stand = screen.getByRole('region', { name: 'Where members stand' });
    expect(within(stand).getByText(/would be rejected: 1 agrees against 1 who disagrees/)).toBeInTheDocument();
    expect(within(stand).getByText('The second fridge first.')).toBeInTheDocument();
    expect(within(stand).getByText(/^Changed/)).toBeInTheDocument();
    expect(within(stand).getByText(/No position yet from/)).toHaveTextContent(
      'No position yet from Joris van Dijk and Lotte Bakker.',
    );

    expect(screen.getByRole('radio', { name: /Agree/ })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Change my position' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your comment' })).toBeInTheDocument();
    expect(screen.getByText('Where would we cook?')).toBeInTheDocument();
    // Amara did not write it, so she cannot withdraw it.
    expect(screen.queryByRole('button', { name: 'Withdraw it' })).not.toBeInTheDocument();
  });

  it('lets its author withdraw it, after saying what that means', async () => {
    const user = userEvent.setup();
    renderProposal(proposal({ author: amaraP }));
    await user.click(screen.getByRole('button', { name: 'Withdraw it' }));
    expect(screen.getByText(/closes at once for everyone/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes, withdraw it' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep it open' }));
    expect(screen.getByRole('button', { name: 'Withdraw it' })).toBeInTheDocument();
  });

  it('shows the outcome once closed, without forms', () => {
    renderProposal(
      proposal({
        status: 'ADOPTED',
        closedAt: '2026-11-29T20:00:00Z',
        tally: { __typename: 'Tally', agree: 2, abstain: 0, disagree: 0, block: 0 },
        positions: [],
        comments: {
          __typename: 'CommentConnection',
          totalCount: 0,
          edges: [],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      }),
    );
    expect(screen.getByText('Adopted: nobody blocked, and 2 agreed against 0 who disagreed.')).toBeInTheDocument();
    expect(screen.getByText(/The proposed goal is now the collaboration’s goal/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your comment' })).not.toBeInTheDocument();
    expect(screen.getByText('Nobody commented.')).toBeInTheDocument();
  });

  it('shows a proposed outcome, and links to it on the impact page once adopted', () => {
    const proposedOutcome = {
      __typename: 'ProposedOutcome',
      name: 'Meals served',
      unit: 'meals',
      baseline: 0,
      target: 800,
      dueAt: null,
    };
    const outcomeProposal = (over: Record<string, unknown>) =>
      proposal({ kind: 'OUTCOME', proposedGoal: null, proposedOutcome, outcome: null, ...over });
    const region = () => screen.getByRole('region', { name: 'The proposed outcome' });

    const open = renderProposal(outcomeProposal({}));
    expect(region()).toHaveTextContent('Meals served: from 0 to 800 meals.');
    expect(region()).toHaveTextContent('If adopted, the collaboration starts measuring it.');
    open.unmount();

    const adopted = renderProposal(
      outcomeProposal({
        status: 'ADOPTED',
        closedAt: '2026-11-29T20:00:00Z',
        outcome: { __typename: 'Outcome', id: 'T3V0Y29tZTo3', name: 'Meals served' },
      }),
    );
    expect(within(region()).getByRole('link', { name: 'its impact page' })).toHaveAttribute(
      'href',
      '/c/fridge/impact#outcome-T3V0Y29tZTo3',
    );
    adopted.unmount();

    renderProposal(outcomeProposal({ status: 'ADOPTED', closedAt: '2026-11-29T20:00:00Z' }));
    expect(region()).toHaveTextContent(/Adopted, but not measured/);
  });

  it('says the outcome is being counted once the closing time has passed', () => {
    renderProposal(proposal({ closesAt: new Date(Date.now() - 1000).toISOString() }));
    expect(screen.getByText(/The closing time has passed: the outcome is being counted/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('asks a signed-out visitor to log in instead of showing the forms', () => {
    const p = proposal();
    renderProposal({ ...p, viewerPosition: null, collaboration: { ...p.collaboration, viewerMembership: null } }, null);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute(
      'href',
      `/login?next=%2Fc%2Ffridge%2Fproposals%2F${id}`,
    );
  });

  it('says so when there is no such proposal', () => {
    renderProposal(null);
    expect(screen.getByRole('heading', { level: 1, name: 'No proposal here' })).toBeInTheDocument();
  });

  it('moves to the proposal’s own collaboration when the address names another', () => {
    renderProposal(proposal(), amara, `/c/elsewhere/proposals/${id}`);
    expect(screen.getByTestId('location')).toHaveTextContent(`/c/fridge/proposals/${id}`);
  });
  it('shows a closed ranked-choice poll round by round', () => {
    const option = (key: number, label: string, chosen = false) => ({
      __typename: 'PollOption',
      key,
      label,
      startsAt: null,
      endsAt: null,
      timeZone: null,
      localStart: null,
      localEnd: null,
      chosen,
    });
    const count = (option: number, votes: number) => ({ __typename: 'RoundCount', option, votes });
    renderProposal(
      proposal({
        kind: 'OTHER',
        proposedGoal: null,
        decisionKind: 'RANKED_CHOICE',
        status: 'ADOPTED',
        closedAt: '2026-11-29T20:00:00Z',
        closingReason: 'Decided: 5 of 5 members took part, 3 needed; "Kitchen" wins after 2 rounds.',
        options: [option(1, 'Garden'), option(2, 'Kitchen', true), option(3, 'Library')],
        results: {
          __typename: 'PollResults',
          ballots: 5,
          winners: [2],
          tie: false,
          options: [],
          rounds: [
            {
              __typename: 'RunoffRound',
              counts: [count(1, 2), count(2, 2), count(3, 1)],
              exhausted: 0,
              eliminated: 3,
              elected: null,
            },
            {
              __typename: 'RunoffRound',
              counts: [count(1, 2), count(2, 3)],
              exhausted: 0,
              eliminated: null,
              elected: 2,
            },
          ],
        },
      }),
    );
    expect(screen.getByText(/"Kitchen" wins after 2 rounds/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Instant-runoff, round by round' });
    const library = within(table).getByRole('row', { name: /Library/ });
    expect(library).toHaveTextContent('Library1 eliminatedout');
    expect(within(table).getByRole('row', { name: /Kitchen/ })).toHaveTextContent('Kitchen23 elected');
    expect(screen.getByText(/Library, with the fewest, is eliminated/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /ballot/ })).not.toBeInTheDocument();
  });

  it('offers to plan a gathering at a meeting poll’s chosen time', () => {
    renderProposal(
      proposal({
        kind: 'OTHER',
        proposedGoal: null,
        title: 'When we cook',
        decisionKind: 'MEETING_TIME',
        status: 'ADOPTED',
        closedAt: '2026-11-29T20:00:00Z',
        closingReason: 'Decided.',
        options: [
          {
            __typename: 'PollOption',
            key: 1,
            label: 'Thu 10 Dec 2026, 18:00–19:30 (Europe/Amsterdam)',
            startsAt: '2026-12-10T17:00:00Z',
            endsAt: '2026-12-10T18:30:00Z',
            timeZone: 'Europe/Amsterdam',
            localStart: '2026-12-10T18:00',
            localEnd: '2026-12-10T19:30',
            chosen: true,
          },
        ],
        results: {
          __typename: 'PollResults',
          ballots: 3,
          winners: [1],
          tie: false,
          options: [{ __typename: 'OptionTally', option: 1, total: 2, mean: 0, yes: 2, ifNeedBe: 1, no: 0 }],
          rounds: [],
        },
      }),
    );
    expect(screen.getByText(/The chosen time: Thu 10 Dec 2026/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Plan a gathering at this time' })).toHaveAttribute(
      'href',
      '/c/fridge/gatherings/new?title=When+we+cook&start=2026-12-10T18%3A00&end=2026-12-10T19%3A30&tz=Europe%2FAmsterdam',
    );
  });
});
