import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { amara, mockClient, renderRoute } from '../../test/render';
import { EditCollaborationPage } from './edit-collaboration-page';

const collaboration = {
  __typename: 'Collaboration',
  id: 'c1',
  slug: 'fridge',
  title: 'Community Fridge',
  goal: 'Share food that would go to waste.',
  status: 'ACTIVE',
  visibility: 'PUBLIC',
  location: 'Noord',
  remote: false,
  startsAt: null,
  endsAt: null,
  timeZone: 'Europe/Amsterdam',
  viewerMembership: { __typename: 'Membership', id: 'm1', role: 'STEWARD', status: 'ACTIVE' },
  values: [{ __typename: 'ValueWeight', weight: 4, value: { __typename: 'Value', id: 'v1', name: 'Community' } }],
};

function edit() {
  const sent: Record<string, unknown>[] = [];
  const client = mockClient({
    // The page's query and the values editor's options, answered alike.
    query: () => ({
      data: {
        collaboration,
        values: { edges: [] },
        viewer: { __typename: 'Person', id: amara.id, values: [] },
      },
    }),
    mutation: (op) => {
      sent.push((op.variables as { input: Record<string, unknown> }).input);
      return { data: { updateCollaboration: { __typename: 'CollaborationPayload', collaboration } } };
    },
  });
  renderRoute(<EditCollaborationPage />, { viewer: amara, client, path: '/c/:slug/edit', at: '/c/fridge/edit' });
  return sent;
}

describe('EditCollaborationPage', () => {
  it('shows the collaboration’s time zone and sends a new one', async () => {
    const user = userEvent.setup();
    const sent = edit();
    const zone = await screen.findByLabelText('Time zone');
    expect(zone).toHaveValue('Europe/Amsterdam');
    await user.selectOptions(zone, 'Asia/Tokyo');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ collaborationId: 'c1', timeZone: 'Asia/Tokyo' });
  });

  it('leaves the time zone out when it is unchanged', async () => {
    const user = userEvent.setup();
    const sent = edit();
    await screen.findByLabelText('Time zone');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toHaveProperty('timeZone');
  });
});
