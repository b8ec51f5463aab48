import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { validateBallot } from './ballot-form';
import { DotsInputs, RankingInput } from './ballot-inputs';
import { validatePoll } from './poll-fields';

const options = [
  { key: 1, label: 'Garden' },
  { key: 2, label: 'Kitchen' },
  { key: 3, label: 'Library' },
];

describe('validateBallot', () => {
  it('refuses more dots than each member has', () => {
    expect(
      validateBallot(
        'DOT_VOTE',
        options,
        [
          { option: 1, dots: 4 },
          { option: 2, dots: 2 },
        ],
        5,
      ),
    ).toBe('You placed 6 dots and each member has 5; take 1 away.');
    expect(validateBallot('DOT_VOTE', options, [{ option: 1, dots: 5 }], 5)).toBeUndefined();
  });
  it('asks a score for every option and an answer for every slot', () => {
    expect(validateBallot('SCORE', options, [{ option: 1, score: 3 }], 0)).toBe('Score every option, from 0 to 5.');
    expect(validateBallot('MEETING_TIME', options, [], 0)).toBe('Answer every slot: yes, if need be or no.');
    expect(validateBallot('RANKED_CHOICE', options, [], 0)).toBe('Rank at least one option.');
  });
});

describe('validatePoll', () => {
  it('asks for different labels, slots that end after they start, and 1 to 20 dots', () => {
    const slot = { label: '', start: '2027-01-05T18:00', end: '2027-01-05T17:00', timeZone: 'Europe/Paris' };
    expect(validatePoll('MEETING_TIME', [slot, { ...slot, end: '2027-01-05T19:00' }], '')).toEqual({
      'options.0.end': 'Slot 1 ends before it starts; choose a later end.',
    });
    const named = (label: string) => ({ label, start: '', end: '', timeZone: 'UTC' });
    expect(validatePoll('DOT_VOTE', [named('Garden'), named('garden')], '30')).toEqual({
      'options.1.label': 'Option 1 says the same; make each option different.',
      dotsPerMember: 'Give each member from 1 to 20 dots.',
    });
  });
});

describe('ballot inputs', () => {
  it('counts the dots left and stops at the limit', async () => {
    function Dots() {
      const [dots, setDots] = useState<Record<number, number>>({});
      return (
        <DotsInputs options={options} dots={dots} limit={2} onChange={(k, n) => setDots((d) => ({ ...d, [k]: n }))} />
      );
    }
    render(<Dots />);
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 dots left');
    await userEvent.click(screen.getByRole('button', { name: 'One dot more on Garden' }));
    await userEvent.click(screen.getByRole('button', { name: 'One dot more on Kitchen' }));
    expect(screen.getByRole('status')).toHaveTextContent('0 of 2 dots left');
    expect(screen.getByRole('button', { name: 'One dot more on Library' })).toBeDisabled();
  });

  it('ranks options and moves them up and down', async () => {
    function Ranking() {
      const [ranking, setRanking] = useState<number[]>([]);
      return <RankingInput options={options} ranking={ranking} onChange={setRanking} />;
    }
    render(<Ranking />);
    await userEvent.click(screen.getByRole('button', { name: 'Rank Library next' }));
    await userEvent.click(screen.getByRole('button', { name: 'Rank Garden next' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move Garden up' }));
    const list = screen.getByRole('list', { name: 'Your ranking' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.slice(0, 7)),
    ).toEqual(['1Garden', '2Librar']);
  });
});
