import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { gqlError, mockClient, renderRoute } from '../../test/render';
import { EmailInvitationForm, maxEmailsAtOnce, splitEmails } from './email-invitation-form';

describe('splitEmails', () => {
  it('reads addresses separated by commas, semicolons, spaces and lines', () => {
    expect(splitEmails(' a@example.org,b@example.org;\n c@example.org  d@example.org\n\n')).toEqual([
      'a@example.org',
      'b@example.org',
      'c@example.org',
      'd@example.org',
    ]);
  });
});

describe('EmailInvitationForm', () => {
  it('sends the addresses and says who was mailed and who was invited in the app', async () => {
    const user = userEvent.setup();
    const onSent = vi.fn();
    const client = mockClient({
      mutation: () => ({
        data: {
          inviteByEmail: {
            __typename: 'InviteByEmailPayload',
            mailed: [{ __typename: 'InvitationLink', id: 'l1', email: 'new@example.org', status: 'ACTIVE' }],
            invited: [
              {
                __typename: 'Membership',
                id: 'm1',
                status: 'INVITED',
                person: { __typename: 'Person', handle: 'cy-ra', displayName: 'Cy Ra' },
              },
            ],
          },
        },
      }),
    });
    renderRoute(<EmailInvitationForm collaborationId="c1" needs={[]} onSent={onSent} />, { client });
    await user.type(screen.getByLabelText('Email addresses'), 'new@example.org, cy-ra@example.org');
    await user.type(screen.getByLabelText(/A few words from you/), 'Come along');
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(await screen.findByText(/Mailed an invitation to new@example.org/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cy Ra' })).toHaveAttribute('href', '/people/cy-ra');
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { collaborationId: 'c1', emails: ['new@example.org', 'cy-ra@example.org'], needId: null, message: 'Come along' },
    });
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('Email addresses')).toHaveValue('');
  });

  it('refuses too many addresses before sending', async () => {
    const user = userEvent.setup();
    const { client } = renderRoute(<EmailInvitationForm collaborationId="c1" needs={[]} onSent={() => {}} />);
    const many = Array.from({ length: maxEmailsAtOnce + 1 }, (_, i) => `p${i}@example.org`).join(',');
    await user.click(screen.getByLabelText('Email addresses'));
    await user.paste(many);
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(screen.getByLabelText('Email addresses')).toHaveAccessibleDescription(
      expect.stringContaining(`Invite at most ${maxEmailsAtOnce} addresses at once; these are ${maxEmailsAtOnce + 1}.`),
    );
    expect(client.executeMutation).not.toHaveBeenCalled();
  });

  it("shows the server's word on a bad address beside the field", async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({
        error: new CombinedError({
          graphQLErrors: [
            gqlError('Not an email address: "nope"; write each like name@example.org.', 'BAD_USER_INPUT', 'emails'),
          ],
        }),
      }),
    });
    renderRoute(<EmailInvitationForm collaborationId="c1" needs={[]} onSent={() => {}} />, { client });
    await user.type(screen.getByLabelText('Email addresses'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(await screen.findByText(/Not an email address: "nope"/)).toBeInTheDocument();
    expect(screen.getByLabelText('Email addresses')).toHaveAccessibleDescription(
      expect.stringContaining('Not an email address'),
    );
  });
});
