import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { OutcomeProgress_OutcomeFragment } from '../../gql/graphql';
import { OutcomeProgress, OutcomeProgress_outcome } from './outcome-progress';

const base: OutcomeProgress_OutcomeFragment = {
  unit: 'kg',
  baseline: 120,
  target: 400,
  direction: 'INCREASE',
  dueAt: '2027-06-01T12:00:00Z',
  elapsedShare: 0.5,
  onTrack: null,
  progress: null,
  latest: null,
};

function show(fields: Partial<OutcomeProgress_OutcomeFragment>) {
  render(<OutcomeProgress outcome={makeFragmentData({ ...base, ...fields }, OutcomeProgress_outcome)} />);
}

describe('OutcomeProgress', () => {
  it('shows no figure and no bar before the first measurement', () => {
    show({});
    expect(screen.getByText('Not measured yet')).toBeInTheDocument();
    expect(screen.queryByText(/of the way/)).not.toBeInTheDocument();
    expect(screen.getByText(/No measurement yet/)).toBeInTheDocument();
    expect(screen.getByText('none yet')).toBeInTheDocument();
  });

  it('shows progress and why it is on track, with units', () => {
    show({
      latest: { id: 'M1', value: 310, measuredAt: '2026-11-20T12:00:00Z' },
      progress: { raw: 0.6785714, clamped: 0.6785714 },
      onTrack: true,
    });
    expect(screen.getByText('On track')).toBeInTheDocument();
    expect(screen.getByText('68%').closest('p')).toHaveTextContent('68% of the way');
    expect(screen.getByText(/with 50% of the time to its due date gone/)).toBeInTheDocument();
    expect(screen.getByText('Latest').nextElementSibling).toHaveTextContent(/^310 kg on 20 Nov 2026$/);
    expect(screen.getByText('Target').nextElementSibling).toHaveTextContent('400 kg (up)');
    expect(screen.getByText('Due').nextElementSibling).toHaveTextContent('1 Jun 2027 (50% of the time gone)');
  });

  it('shows raw progress past the target beside the clamped figure', () => {
    show({
      latest: { id: 'M1', value: 470, measuredAt: '2026-11-20T12:00:00Z' },
      progress: { raw: 1.25, clamped: 1 },
      onTrack: true,
    });
    expect(screen.getByText('Target reached')).toBeInTheDocument();
    expect(screen.getByText('125%').closest('p')).toHaveTextContent('125% of the way (counted as 100%)');
  });

  it('shows going backwards as a negative figure, counted as zero', () => {
    show({
      baseline: 100,
      target: 60,
      direction: 'DECREASE',
      unit: 'kWh',
      latest: { id: 'M1', value: 110, measuredAt: '2026-11-20T12:00:00Z' },
      progress: { raw: -0.25, clamped: 0 },
      onTrack: false,
    });
    expect(screen.getByText('Going backwards')).toBeInTheDocument();
    expect(screen.getByText('−25%').closest('p')).toHaveTextContent('−25% of the way (counted as 0%)');
    expect(screen.getByText(/further from the target of 60 kWh than the baseline of 100 kWh/)).toBeInTheDocument();
    expect(screen.getByText('(down)')).toBeInTheDocument();
  });

  it('says when it is behind the clock', () => {
    show({
      elapsedShare: 0.8,
      latest: { id: 'M1', value: 190, measuredAt: '2026-11-20T12:00:00Z' },
      progress: { raw: 0.25, clamped: 0.25 },
      onTrack: false,
    });
    expect(screen.getByText('Behind')).toBeInTheDocument();
    expect(screen.getByText(/but 80% of the time to its due date is gone/)).toBeInTheDocument();
  });
});
