import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { gqlError, mockClient, renderRoute } from '../../test/render';
import { ResetPasswordPage } from './reset-password-page';

async function choose(user: ReturnType<typeof userEvent.setup>, next: string, again = next) {
  await user.type(screen.getByLabelText('New password'), next);
  await user.type(screen.getByLabelText('New password, again'), again);
  await user.click(screen.getByRole('button', { name: 'Set new password' }));
}

describe('ResetPasswordPage', () => {
  it('sets the password with the link token, signs in with cookies and goes to the dashboard', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({
        data: {
          resetPassword: {
            __typename: 'AuthPayload',
            viewer: { __typename: 'Person', id: 'P1', values: [{ __typename: 'PersonValue', id: 'V1' }] },
          },
        },
      }),
    });
    const { reset } = renderRoute(<ResetPasswordPage />, { path: '/reset-password', at: '/reset-password?token=abc_123', client });
    await choose(user, 'a brand new passphrase');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/dashboard'));
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { token: 'abc_123', newPassword: 'a brand new passphrase', transport: 'COOKIE' },
    });
    expect(reset).toHaveBeenCalled();
  });

  it('offers a new link when the token does not work', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({
        error: new CombinedError({
          graphQLErrors: [gqlError('This password reset link does not work: it was used already.', 'BAD_USER_INPUT', 'token')],
        }),
      }),
    });
    renderRoute(<ResetPasswordPage />, { path: '/reset-password', at: '/reset-password?token=used', client });
    await choose(user, 'a brand new passphrase');
    expect(await screen.findByText('This password reset link does not work: it was used already.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('catches a mistyped confirmation before sending', async () => {
    const user = userEvent.setup();
    const { client } = renderRoute(<ResetPasswordPage />, { path: '/reset-password', at: '/reset-password?token=t' });
    await choose(user, 'a brand new passphrase', 'a brand new passphrasf');
    expect(screen.getByLabelText('New password, again')).toHaveAccessibleDescription('This does not match the new password.');
    expect(client.executeMutation).not.toHaveBeenCalled();
  });

  it('explains a link without a token', () => {
    renderRoute(<ResetPasswordPage />, { path: '/reset-password', at: '/reset-password' });
    expect(screen.getByText('This link has no token')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ask for a new one' })).toHaveAttribute('href', '/forgot-password');
  });
});
