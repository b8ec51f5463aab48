import { describe, expect, it } from 'vitest';
import { decide, explainOutcome, projection } from './outcome';

const tally = (agree: number, abstain: number, disagree: number, block: number) => ({ agree, abstain, disagree, block });

describe('decide', () => {
  it.each([
    ['more agree, nobody blocks', tally(3, 1, 1, 0), 'ADOPTED'],
    ['a tie', tally(2, 0, 2, 0), 'REJECTED'],
    ['a block among many agrees', tally(5, 0, 0, 1), 'REJECTED'],
    ['no positions', tally(0, 0, 0, 0), 'REJECTED'],
    ['only abstentions', tally(0, 3, 0, 0), 'REJECTED'],
    ['one agree, the rest abstain', tally(1, 4, 0, 0), 'ADOPTED'],
  ] as const)('%s: %s', (_, t, want) => {
    expect(decide(t)).toBe(want);
  });
});

describe('projection', () => {
  it('says why an open proposal would pass now', () => {
    expect(projection(tally(2, 1, 1, 0))).toBe(
      'If it closed now it would be adopted: nobody blocks, and 2 agree against 1 who disagrees.',
    );
  });

  it('names a block first', () => {
    expect(projection(tally(4, 0, 0, 1))).toBe('If it closed now it would be rejected: 1 member blocks it.');
  });

  it('explains a tie', () => {
    expect(projection(tally(1, 0, 1, 0))).toBe(
      'If it closed now it would be rejected: 1 agrees against 1 who disagrees, and it needs more agreeing than disagreeing.',
    );
  });

  it('says when nobody has taken part', () => {
    expect(projection(tally(0, 0, 0, 0))).toBe('If it closed now it would be rejected: nobody has taken a position yet.');
  });
});

describe('explainOutcome', () => {
  it.each([
    ['ADOPTED', tally(2, 0, 0, 0), 'Adopted: nobody blocked, and 2 agreed against 0 who disagreed.'],
    ['REJECTED', tally(3, 0, 0, 2), 'Rejected: 2 members blocked it.'],
    ['REJECTED', tally(0, 0, 0, 0), 'Rejected: nobody took a position.'],
    ['REJECTED', tally(1, 2, 1, 0), 'Rejected: 1 agreed against 1 who disagreed; it needed more agreeing than disagreeing.'],
    ['WITHDRAWN', tally(1, 0, 0, 0), 'Withdrawn by its author before it closed.'],
  ] as const)('%s with %j', (status, t, want) => {
    expect(explainOutcome(status, t)).toBe(want);
  });
});
