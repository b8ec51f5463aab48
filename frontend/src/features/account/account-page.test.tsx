import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { amara, gqlError, mockClient, renderRoute } from '../../test/render';
import { AccountPage } from './account-page';
import { deletedNotice } from './delete-account-form';

/** A home page that shows the notice it was sent. */
function Home() {
  const state = useLocation().state as { notice?: string } | null;
  return <p data-testid="notice">{state?.notice}</p>;
}

/** The account page, and home to go to afterwards. */
function AccountAndHome() {
  return (
    <Routes>
      <Route path="/settings/account" element={<AccountPage />} />
      <Route path="/" element={<Home />} />
    </Routes>
  );
}

const deleted = () => ({ data: { deleteAccount: { __typename: 'DeleteAccountPayload', deleted: true } } });

function failing(message: string, code: string, field?: string) {
  return () => ({ error: new CombinedError({ graphQLErrors: [gqlError(message, code, field)] }) });
}

describe('AccountPage', () => {
  it('offers my data as a download', () => {
    renderRoute(<AccountPage />, { viewer: amara });
    const link = screen.getByRole('link', { name: 'Download my data (JSON)' });
    expect(link).toHaveAttribute('href', '/me/export.json');
    expect(link).toHaveAttribute('download');
  });

  it('needs the password and the confirmation before deleting', async () => {
    const user = userEvent.setup();
    const { client } = renderRoute(<AccountPage />, { viewer: amara, client: mockClient({ mutation: deleted }) });
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    const password = screen.getByLabelText('Your password');
    const check = screen.getByRole('checkbox', { name: /I understand/ });
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Enter your password'));
    expect(check).toHaveAccessibleDescription(expect.stringContaining('Tick this to confirm'));
    expect(password).toHaveFocus();

    await user.type(password, 'a-long-enough-password');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(check).toHaveFocus();
    expect(check).toBeInvalid();
    expect(client.executeMutation).not.toHaveBeenCalled();
  });

  it('deletes the account, ends the session and goes home with a notice', async () => {
    const user = userEvent.setup();
    const client = mockClient({ mutation: deleted });
    const { reset } = renderRoute(<AccountAndHome />, { path: '*', at: '/settings/account', viewer: amara, client });
    await user.type(screen.getByLabelText('Your password'), 'a-long-enough-password');
    await user.click(screen.getByRole('checkbox', { name: /I understand/ }));
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(await screen.findByTestId('notice')).toHaveTextContent(deletedNotice);
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
    expect(reset).toHaveBeenCalledOnce();
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { password: 'a-long-enough-password' },
    });
  });

  it('shows a wrong password on the password field', async () => {
    const user = userEvent.setup();
    const { reset } = renderRoute(<AccountPage />, {
      viewer: amara,
      client: mockClient({ mutation: failing('The password is not right.', 'BAD_USER_INPUT', 'password') }),
    });
    await user.type(screen.getByLabelText('Your password'), 'not-my-password');
    await user.click(screen.getByRole('checkbox', { name: /I understand/ }));
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Your password')).toHaveAccessibleDescription(
        expect.stringContaining('The password is not right.'),
      ),
    );
    expect(screen.getByLabelText('Your password')).toHaveFocus();
    expect(reset).not.toHaveBeenCalled();
  });

  it('tells a last steward to hand over first', async () => {
    const user = userEvent.setup();
    const message =
      'You are the last steward of "Bread for All"; make someone else a steward before you delete your account.';
    const { reset } = renderRoute(<AccountPage />, {
      viewer: amara,
      client: mockClient({ mutation: failing(message, 'CONFLICT') }),
    });
    await user.type(screen.getByLabelText('Your password'), 'a-long-enough-password');
    await user.click(screen.getByRole('checkbox', { name: /I understand/ }));
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your account was not deleted');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveFocus();
    expect(reset).not.toHaveBeenCalled();
  });
});
