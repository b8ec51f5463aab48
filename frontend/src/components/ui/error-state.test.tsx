import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { gqlError, renderRoute } from '../../test/render';
import { ErrorState } from './error-state';

describe('ErrorState', () => {
  it('offers to log in and come back when the session has ended', () => {
    const error = new CombinedError({ graphQLErrors: [gqlError('Your session has ended; log in again.', 'UNAUTHENTICATED')] });
    renderRoute(<ErrorState error={error} onRetry={vi.fn()} />, { path: '/settings/values' });
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has ended; log in again.');
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute(
      'href',
      '/login?next=%2Fsettings%2Fvalues',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('hides internal details and offers to try again', async () => {
    const user = userEvent.setup();
    const retry = vi.fn();
    const error = new CombinedError({ graphQLErrors: [gqlError('internal error', 'INTERNAL')] });
    renderRoute(<ErrorState error={error} onRetry={retry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on our side.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('internal error');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('says when the server cannot be reached', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    renderRoute(<ErrorState error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('We could not reach Kindred.');
  });
});
