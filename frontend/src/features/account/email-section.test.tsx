import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import { amara, gqlError, mockClient, renderRoute } from '../../test/render';
import { EmailNotice, EmailNotice_person } from './email-notice';
import { EmailSection } from './email-section';

function me(emailVerified: boolean, pendingEmail: string | null = null) {
  return {
    data: { viewer: { __typename: 'Person', id: 'P1', email: 'amara@example.org', emailVerified, pendingEmail } },
  };
}

async function change(user: ReturnType<typeof userEvent.setup>, email: string, password: string) {
  await user.type(screen.getByLabelText('New email address'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Change email address' }));
}

describe('EmailSection', () => {
  it('asks for the new address to be confirmed, and says the old one was told', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      query: () => me(true),
      mutation: () => ({
        data: {
          changeEmail: {
            __typename: 'ChangeEmailPayload',
            person: {
              __typename: 'Person',
              id: 'P1',
              email: 'amara@example.org',
              emailVerified: true,
              pendingEmail: 'amara@new.example',
            },
          },
        },
      }),
    });
    renderRoute(<EmailSection />, { client, viewer: amara });
    expect(await screen.findByText('Confirmed')).toBeInTheDocument();
    await change(user, 'amara@new.example', 'a long passphrase');
    expect(await screen.findByText('Check your new address')).toBeInTheDocument();
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { email: 'amara@new.example', password: 'a long passphrase' },
    });
  });

  it('shows a wrong password on its field', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      query: () => me(true),
      mutation: () => ({
        error: new CombinedError({
          graphQLErrors: [gqlError('The password is not right.', 'BAD_USER_INPUT', 'password')],
        }),
      }),
    });
    renderRoute(<EmailSection />, { client, viewer: amara });
    await screen.findByText('Confirmed');
    await change(user, 'amara@new.example', 'not it');
    await waitFor(() =>
      expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('The password is not right.'),
    );
  });

  it('shows a pending change and mails its link again', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      query: () => me(true, 'amara@new.example'),
      mutation: () => ({
        data: {
          requestEmailVerification: { __typename: 'RequestEmailVerificationPayload', email: 'amara@new.example' },
        },
      }),
    });
    renderRoute(<EmailSection />, { client, viewer: amara });
    expect(await screen.findByText(/follow the link mailed there/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mail the link to amara@new.example again' }));
    expect(await screen.findByText('A new link is on its way to amara@new.example.')).toBeInTheDocument();
  });
});

// The viewer as the dashboard's query hands it to the notice.
const notice = (emailVerified: boolean) =>
  makeFragmentData({ __typename: 'Person', id: 'P1', email: 'amara@example.org', emailVerified }, EmailNotice_person);

describe('EmailNotice', () => {
  it('asks to confirm an unconfirmed address and says what waits on it', async () => {
    renderRoute(<EmailNotice viewer={notice(false)} />, { client: mockClient(), viewer: amara });
    expect(await screen.findByText('Confirm your email address')).toBeInTheDocument();
    expect(screen.getByText(/no notifications or digests/)).toBeInTheDocument();
  });

  it('says nothing once it is confirmed', () => {
    const { container } = renderRoute(<EmailNotice viewer={notice(true)} />, { client: mockClient(), viewer: amara });
    expect(container.querySelector('[role="status"]')).toBeNull();
  });
});
