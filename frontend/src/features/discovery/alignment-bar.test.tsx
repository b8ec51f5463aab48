import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AlignmentBar } from './alignment-bar';

describe('AlignmentBar', () => {
  it('shows the score as a percentage, in words for screen readers too', () => {
    render(<AlignmentBar score={0.4} name="Amara Okafor" />);
    expect(screen.getByText('40%')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Alignment with Amara Okafor: 40%' })).toBeInTheDocument();
  });

  it('draws the bar as wide as the score, kept within 0 and 1', () => {
    const { container, rerender } = render(<AlignmentBar score={0.725} />);
    expect(container.querySelector<HTMLElement>('[role="img"] > span:last-child')!.style.width).toBe('72.5%');
    rerender(<AlignmentBar score={1.3} />);
    expect(container.querySelector<HTMLElement>('[role="img"] > span:last-child')!.style.width).toBe('100%');
    expect(screen.getByText('100%')).toBeInTheDocument();
    rerender(<AlignmentBar score={-0.1} />);
    expect(container.querySelector<HTMLElement>('[role="img"] > span:last-child')!.style.width).toBe('0%');
  });
});
