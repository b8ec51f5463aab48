import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FragmentType } from '../../gql';
import { renderRoute } from '../../test/render';
import { DueCommitment, type DueCommitment_commitment } from './due-commitment';

const hours = (amount: string) => ({ __typename: 'Quantity', kind: 'TIME', amount, unit: 'h', currency: null });

function commitment(change: object) {
  return {
    __typename: 'Commitment',
    id: 'cm1',
    status: 'BINDING',
    description: '',
    dueAt: null,
    behind: false,
    recurrence: null,
    currentPeriod: null,
    quantity: hours('4'),
    membership: {
      __typename: 'Membership',
      id: 'm1',
      collaboration: { __typename: 'Collaboration', id: 'c1', slug: 'fridge', title: 'Community Fridge' },
    },
    fulfilment: {
      __typename: 'Fulfilment',
      confirmedRatio: 0.25,
      withUnconfirmedRatio: 0.25,
      committed: hours('4'),
      confirmed: hours('1'),
      unconfirmed: hours('0'),
    },
    ...change,
  } as unknown as FragmentType<typeof DueCommitment_commitment>;
}

describe('DueCommitment', () => {
  it('shows a recurring commitment with its running month, delivered against that month’s amount', () => {
    const c = commitment({
      recurrence: { __typename: 'CommitmentRecurrence', every: 'MONTH' },
      currentPeriod: {
        __typename: 'CommitmentPeriod',
        startsOn: '2026-12-01',
        endsOn: '2026-12-31',
        confirmedRatio: 0.25,
        amount: hours('4'),
        confirmed: hours('1'),
        unconfirmed: hours('2'),
      },
    });
    renderRoute(<DueCommitment commitment={c} />);
    expect(screen.getByText('4 hours per month')).toBeInTheDocument();
    expect(screen.getByText(/This month: .*2026, its last day/)).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'This month of 4 hours per month: 25% confirmed, 75% with unconfirmed' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 of 4 hours confirmed/)).toBeInTheDocument();
  });

  it('says a recurring commitment is behind when its last week fell short', () => {
    renderRoute(
      <DueCommitment
        commitment={commitment({ behind: true, recurrence: { __typename: 'CommitmentRecurrence', every: 'WEEK' } })}
      />,
    );
    expect(screen.getByText('Behind')).toBeInTheDocument();
    expect(screen.getByText('The last week that ended fell short.')).toBeInTheDocument();
  });
});
