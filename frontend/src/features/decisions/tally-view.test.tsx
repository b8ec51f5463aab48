import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import { TallyView, TallyView_tally } from './tally-view';

const tally = (agree: number, abstain: number, disagree: number, block: number) =>
  makeFragmentData({ __typename: 'Tally', agree, abstain, disagree, block }, TallyView_tally);

describe('TallyView', () => {
  it('counts each stance in words that agree with the number', () => {
    render(<TallyView tally={tally(1, 2, 0, 1)} status="OPEN" />);
    const counts = within(screen.getByRole('list', { name: 'Positions taken' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(counts).toEqual(['1 agrees', '2 abstain', '0 disagree', '1 blocks']);
  });

  it('says what an open proposal would come to now', () => {
    render(<TallyView tally={tally(3, 0, 1, 0)} status="OPEN" />);
    expect(screen.getByText('If it closed now it would be adopted: nobody blocks, and 3 agree against 1 who disagrees.')).toBeInTheDocument();
  });

  it('says that one block is enough to reject', () => {
    render(<TallyView tally={tally(5, 0, 0, 1)} status="OPEN" />);
    expect(screen.getByText('If it closed now it would be rejected: 1 member blocks it.')).toBeInTheDocument();
  });

  it('leaves the outcome of a closed proposal to the page', () => {
    render(<TallyView tally={tally(2, 0, 0, 0)} status="ADOPTED" />);
    expect(screen.queryByText(/If it closed now/)).not.toBeInTheDocument();
  });
});
