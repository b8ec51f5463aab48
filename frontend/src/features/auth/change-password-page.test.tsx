import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { amara, gqlError, mockClient, renderRoute } from '../../test/render';
import { ChangePasswordPage } from './change-password-page';

async function submit(user: ReturnType<typeof userEvent.setup>, current: string, next: string, again = next) {
  await user.type(screen.getByLabelText('Current password'), current);
  await user.type(screen.getByLabelText('New password'), next);
  await user.type(screen.getByLabelText('New password, again'), again);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordPage', () => {
  it('catches a mistyped confirmation before sending', async () => {
    const user = userEvent.setup();
    const { client } = renderRoute(<ChangePasswordPage />, { viewer: amara });
    await submit(user, 'old-password-1', 'new-password-1', 'new-password-2');
    expect(screen.getByLabelText('New password, again')).toHaveAccessibleDescription(
      'This does not match the new password.',
    );
    expect(client.executeMutation).not.toHaveBeenCalled();
  });

  it('shows a wrong current password on that field', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({
        error: new CombinedError({
          graphQLErrors: [gqlError('The current password is not right.', 'BAD_USER_INPUT', 'currentPassword')],
        }),
      }),
    });
    renderRoute(<ChangePasswordPage />, { viewer: amara, client });
    await submit(user, 'old-password-1', 'new-password-1');
    await waitFor(() =>
      expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription(
        'The current password is not right.',
      ),
    );
    expect(screen.getByLabelText('Current password')).toHaveFocus();
  });

  it('changes the password with cookies and says so', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({ data: { changePassword: { __typename: 'AuthPayload', viewer: { __typename: 'Person', id: 'P1' } } } }),
    });
    renderRoute(<ChangePasswordPage />, { viewer: amara, client });
    await submit(user, 'old-password-1', 'new-password-1');
    expect(await screen.findByText('Your password has been changed')).toBeInTheDocument();
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { currentPassword: 'old-password-1', newPassword: 'new-password-1', transport: 'COOKIE' },
    });
    expect(screen.getByLabelText('Current password')).toHaveValue('');
  });
});
