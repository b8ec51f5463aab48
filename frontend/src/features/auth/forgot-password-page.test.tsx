import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { gqlError, mockClient, renderRoute } from '../../test/render';
import { ForgotPasswordPage } from './forgot-password-page';

async function ask(user: ReturnType<typeof userEvent.setup>, email: string) {
  await user.type(screen.getByLabelText('Email'), email);
  await user.click(screen.getByRole('button', { name: 'Mail me a link' }));
}

describe('ForgotPasswordPage', () => {
  it('says the same thing whether or not the address has an account', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({ data: { requestPasswordReset: { __typename: 'RequestPasswordResetPayload', email: 'amara@example.org' } } }),
    });
    renderRoute(<ForgotPasswordPage />, { client });
    await ask(user, ' amara@example.org ');
    expect(await screen.findByText('Check your mail')).toBeInTheDocument();
    expect(screen.getByText(/If amara@example.org belongs to a Kindred account/)).toBeInTheDocument();
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({ input: { email: 'amara@example.org' } });
  });

  it('catches a malformed address before sending', async () => {
    const user = userEvent.setup();
    const { client } = renderRoute(<ForgotPasswordPage />);
    await ask(user, 'amara');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address like name@example.org.');
    expect(client.executeMutation).not.toHaveBeenCalled();
  });

  it('says so when the server cannot send mail', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({
        error: new CombinedError({
          graphQLErrors: [gqlError('Mail is not configured on this server, so Kindred cannot send you a link.', 'MAIL_NOT_CONFIGURED')],
        }),
      }),
    });
    renderRoute(<ForgotPasswordPage />, { client });
    await ask(user, 'amara@example.org');
    expect(await screen.findByText('Mail is not configured on this server')).toBeInTheDocument();
    expect(screen.queryByText('Check your mail')).not.toBeInTheDocument();
  });
});
