import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { amara, mockClient, renderRoute } from '../../test/render';
import { LedgerSection } from './ledger-section';

const q = (kind: string, amount: string, unit = 'hours') => ({
  __typename: 'Quantity',
  kind,
  amount,
  unit,
  currency: kind === 'MONEY' ? unit : null,
});

function entry(id: string, who: string, amount: string, status = 'CONFIRMED') {
  return {
    __typename: 'Contribution',
    id,
    status,
    note: `Entry ${id}`,
    occurredAt: '2026-11-20T12:00:00Z',
    viewerCanConfirm: status === 'UNCONFIRMED',
    quantity: q('TIME', amount),
    person: { __typename: 'Person', id: who, handle: who, displayName: who === 'p2' ? 'Joris' : 'Amara' },
    confirmedBy: null,
    commitment: null,
    serves: [],
    reverses: null,
    reversedBy: null,
  };
}

const overview = {
  collaboration: {
    __typename: 'Collaboration',
    id: 'c1',
    viewerMembership: { __typename: 'Membership', id: 'm1', status: 'ACTIVE', role: 'STEWARD', commitments: [] },
    members: [
      {
        __typename: 'Membership',
        id: 'm1',
        status: 'ACTIVE',
        person: { __typename: 'Person', id: amara.id, displayName: 'Amara' },
      },
      {
        __typename: 'Membership',
        id: 'm2',
        status: 'ACTIVE',
        person: { __typename: 'Person', id: 'p2', displayName: 'Joris' },
      },
    ],
    totals: [
      {
        __typename: 'Total',
        contributors: 2,
        largestShare: 0.6,
        all: q('TIME', '10.00'),
        confirmed: q('TIME', '7.00'),
      },
    ],
    awaiting: {
      __typename: 'ContributionConnection',
      totalCount: 1,
      edges: [{ __typename: 'ContributionEdge', node: entry('e3', 'p2', '3.00', 'UNCONFIRMED') }],
    },
  },
  viewer: { __typename: 'Person', id: amara.id },
};

describe('LedgerSection', () => {
  it('shows what waits, the totals, and filters the entries by member and kind', async () => {
    const user = userEvent.setup();
    const ledgerCalls: Record<string, unknown>[] = [];
    const client = mockClient({
      query: (op) => {
        const text = print(op.query);
        if (text.includes('query GetLedgerOverview')) return { data: overview };
        const vars = op.variables;
        ledgerCalls.push(vars);
        const edges =
          vars.personId === 'p2'
            ? [entry('e3', 'p2', '3.00', 'UNCONFIRMED')]
            : [entry('e3', 'p2', '3.00', 'UNCONFIRMED'), entry('e1', amara.id, '7.00')];
        return {
          data: {
            collaboration: {
              __typename: 'Collaboration',
              id: 'c1',
              ledger: {
                __typename: 'ContributionConnection',
                totalCount: vars.kind === 'MONEY' ? 0 : edges.length,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges:
                  vars.kind === 'MONEY'
                    ? []
                    : edges.map((node) => ({ __typename: 'ContributionEdge', cursor: node.id, node })),
              },
            },
          },
        };
      },
    });
    renderRoute(<LedgerSection slug="fridge" isMember isSteward />, { viewer: amara, client });

    expect(await screen.findByRole('heading', { name: /Waiting for confirmation/ })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Confirm 3 hours by Joris' }).length).toBeGreaterThan(0);
    expect(screen.getByText('10 hours')).toBeInTheDocument();
    expect(screen.getByText('7 hours confirmed')).toBeInTheDocument();
    expect(screen.getByText('2 contributors')).toBeInTheDocument();
    expect(screen.getByText('largest share 60%')).toBeInTheDocument();
    expect(await screen.findByText('Entry e1')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Member'), 'p2');
    expect(await screen.findByText('Entry e3', { selector: '.ledger-entries li p' })).toBeInTheDocument();
    expect(screen.queryByText('Entry e1')).not.toBeInTheDocument();
    expect(ledgerCalls.at(-1)).toEqual({ slug: 'fridge', first: 20, personId: 'p2' });

    await user.selectOptions(screen.getByLabelText('Kind'), 'MONEY');
    expect(await screen.findByText('No entries match these filters')).toBeInTheDocument();
    expect(ledgerCalls.at(-1)).toEqual({ slug: 'fridge', first: 20, personId: 'p2', kind: 'MONEY' });
  });
});
