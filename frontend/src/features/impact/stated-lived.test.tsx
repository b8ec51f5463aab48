import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { formatPoints, StatedLived, type StatedVsLivedData } from './stated-lived';

const justice = { id: 'v1', name: 'Justice', slug: 'justice' };
const ecology = { id: 'v2', name: 'Ecology', slug: 'ecology' };

const worked: StatedVsLivedData = {
  stated: [{ value: justice, share: 0.5 }],
  lived: [
    {
      counted: { kind: 'TIME', amount: '10', unit: 'hours', currency: null },
      contributions: 2,
      overlap: 0.45,
      values: [
        { value: justice, stated: 0.5, lived: 0.45, difference: -0.05 },
        { value: ecology, stated: 0, lived: 0.55, difference: 0.55 },
      ],
    },
  ],
};

function show(data: StatedVsLivedData) {
  render(
    <MemoryRouter>
      <StatedLived data={data} whose="person" />
    </MemoryRouter>,
  );
}

describe('StatedLived', () => {
  it('shows both series per value, and the same figures as a table', () => {
    show(worked);
    const rows = screen.getByRole('list', { name: 'Stated and lived share per value' });
    const justiceRow = within(rows).getByText('Justice').closest('li') as HTMLElement;
    expect(within(justiceRow).getByText('50%')).toBeInTheDocument();
    expect(within(justiceRow).getByText('45%')).toBeInTheDocument();
    expect(within(justiceRow).getByText('−5 points')).toBeInTheDocument();
    expect(screen.getByText(/10 hours confirmed, in 2 contributions/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show as a table' }));
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Ecology' })).toBeInTheDocument();
    expect(within(table).getByText('+55 points')).toBeInTheDocument();
  });

  it('has no lived figure before any confirmed effort (a dash, not 0%)', () => {
    show({ stated: [{ value: justice, share: 1 }], lived: [] });
    expect(screen.getByText(/no lived share to show/)).toBeInTheDocument();
    expect(screen.queryByText('0%')).not.toBeInTheDocument();
    expect(screen.getByText('100%')).toBeInTheDocument();
  });
});

describe('formatPoints', () => {
  it('says lived − stated in points with a sign', () => {
    expect(formatPoints(0.15)).toBe('+15 points');
    expect(formatPoints(-0.01)).toBe('−1 point');
    expect(formatPoints(0.001)).toBe('0 points');
  });
});
