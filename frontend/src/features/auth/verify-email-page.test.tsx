import { screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { amara, gqlError, mockClient, renderRoute } from '../../test/render';
import { VerifyEmailPage } from './verify-email-page';

describe('VerifyEmailPage', () => {
  it('confirms the address once, as the page opens', async () => {
    const client = mockClient({
      mutation: () => ({ data: { verifyEmail: { __typename: 'VerifyEmailPayload', email: 'amara@new.example' } } }),
    });
    renderRoute(<VerifyEmailPage />, { path: '/verify-email', at: '/verify-email?token=tok', client, viewer: amara });
    expect(await screen.findByText('Your email address is confirmed')).toBeInTheDocument();
    expect(screen.getByText('Kindred will use amara@new.example from now on.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your account' })).toHaveAttribute('href', '/settings/account');
    expect(client.executeMutation).toHaveBeenCalledTimes(1);
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({ input: { token: 'tok' } });
  });

  it('says why a link does not work and where to get a new one', async () => {
    const client = mockClient({
      mutation: () => ({
        error: new CombinedError({
          graphQLErrors: [gqlError('This confirmation link does not work: it was used already.', 'BAD_USER_INPUT', 'token')],
        }),
      }),
    });
    renderRoute(<VerifyEmailPage />, { path: '/verify-email', at: '/verify-email?token=old', client });
    expect(await screen.findByText('This confirmation link does not work: it was used already.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for a new link from your account page' })).toBeInTheDocument();
  });
});
