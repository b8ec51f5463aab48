import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { Meaning } from './meaning';

describe('Meaning', () => {
  it('opens the sentence in place, links to the glossary, and closes with Escape', async () => {
    const user = userEvent.setup();
    renderRoute(<Meaning term="onTrack" />, { path: '/' });
    const button = screen.getByRole('button', { name: /What does on track mean\?/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText(/share of the time gone/)).not.toBeVisible();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/share of the time gone/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'All meanings' })).toHaveAttribute('href', '/meanings#on-track');

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });
});
