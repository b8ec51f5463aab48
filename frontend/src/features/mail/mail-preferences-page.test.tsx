import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { amara, mockClient, renderRoute } from '../../test/render';
import { MailPreferencesPage } from './mail-preferences-page';

const prefs = [
  { __typename: 'MailPreference', kind: 'INVITATION', cadence: 'IMMEDIATE' },
  { __typename: 'MailPreference', kind: 'JOIN_REQUEST', cadence: 'IMMEDIATE' },
  {
    __typename: 'MailPreference',
    kind: 'CONTRIBUTION_TO_CONFIRM',
    cadence: 'DAILY',
  },
  { __typename: 'MailPreference', kind: 'PROPOSAL_CLOSING', cadence: 'DAILY' },
  { __typename: 'MailPreference', kind: 'COMMITMENT_DUE', cadence: 'DAILY' },
  { __typename: 'MailPreference', kind: 'PROPOSAL_DECIDED', cadence: 'WEEKLY' },
];

const viewer = () => ({
  data: {
    viewer: {
      __typename: 'Person',
      id: amara.id,
      timeZone: 'Europe/Paris',
      mailPreferences: prefs,
    },
  },
});

describe('MailPreferencesPage', () => {
  it('shows each kind with its cadence and the time zone', async () => {
    renderRoute(<MailPreferencesPage />, {
      viewer: amara,
      client: mockClient({ query: viewer }),
    });
    expect(await screen.findByLabelText('Invitations to join a collaboration')).toHaveValue('IMMEDIATE');
    expect(screen.getByLabelText('Proposals adopted or rejected')).toHaveValue('WEEKLY');
    expect(screen.getByLabelText('Time zone')).toHaveValue('Europe/Paris');
  });

  it('saves a kind as soon as it is chosen', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      query: viewer,
      mutation: () => ({
        data: {
          setMailPreference: {
            __typename: 'SetMailPreferencePayload',
            mailPreferences: prefs.map((p) => (p.kind === 'INVITATION' ? { ...p, cadence: 'DAILY' } : p)),
          },
        },
      }),
    });
    renderRoute(<MailPreferencesPage />, { viewer: amara, client });
    await user.selectOptions(await screen.findByLabelText('Invitations to join a collaboration'), 'Daily digest');
    const [operation] = client.executeMutation.mock.calls[0];
    expect(operation.variables).toEqual({
      input: { kind: 'INVITATION', cadence: 'DAILY' },
    });
    await waitFor(() =>
      expect(screen.getAllByRole('status')[0]).toHaveTextContent('Saved: invitations to join a collaboration, daily digest.'),
    );
  });

  it('saves the time zone', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      query: viewer,
      mutation: () => ({
        data: {
          updateProfile: {
            __typename: 'UpdateProfilePayload',
            person: {
              __typename: 'Person',
              id: amara.id,
              timeZone: 'Asia/Tokyo',
            },
          },
        },
      }),
    });
    renderRoute(<MailPreferencesPage />, { viewer: amara, client });
    await user.selectOptions(await screen.findByLabelText('Time zone'), 'Asia/Tokyo');
    await user.click(screen.getByRole('button', { name: 'Save time zone' }));
    const [operation] = client.executeMutation.mock.calls[0];
    expect(operation.variables).toEqual({ input: { timeZone: 'Asia/Tokyo' } });
    await waitFor(() => expect(screen.getAllByRole('status')[1]).toHaveTextContent('Saved: Asia/Tokyo.'));
  });
});
