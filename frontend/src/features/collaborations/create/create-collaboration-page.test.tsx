import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { amara, gqlError, mockClient, renderRoute } from '../../../test/render';
import { CreateCollaborationPage } from './create-collaboration-page';

const valueOptions = {
  data: {
    values: {
      edges: [
        { node: { __typename: 'Value', id: 'v1', name: 'Community', description: 'Belonging to a place.' } },
        { node: { __typename: 'Value', id: 'v2', name: 'Food security', description: 'Enough good food.' } },
      ],
    },
    // The creator's own setting, which the time zone field starts at.
    viewer: { __typename: 'Person', id: amara.id, values: [], timeZone: 'Pacific/Auckland' },
  },
};

function client(mutation?: (variables: Record<string, unknown>) => object) {
  return mockClient({
    query: () => valueOptions,
    mutation: (op) => mutation?.((op.variables as { input: Record<string, unknown> }).input),
  });
}

async function fillFirstSteps(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Title'), 'Repair café Noord');
  await user.type(
    screen.getByLabelText('The shared goal'),
    'Fix 500 broken things a year, together, instead of throwing them away.',
  );
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await user.click(await screen.findByRole('button', { name: 'Community' }));
  await user.click(screen.getByRole('radio', { name: '5: Above all' }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await user.click(screen.getByLabelText('Members can take part remotely'));
  await user.click(screen.getByRole('button', { name: 'Next' }));
}

describe('CreateCollaborationPage', () => {
  it('checks each step before the next', async () => {
    const user = userEvent.setup();
    renderRoute(<CreateCollaborationPage />, { viewer: amara, client: client() });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Step 1 of 5: Goal');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(/Give the collaboration a title\./);
    expect(screen.getByLabelText('Title')).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Goal');
  });

  it('creates it with two needs and the creator’s commitment toward the first', async () => {
    const user = userEvent.setup();
    let sent: Record<string, unknown> | undefined;
    const c = client((input) => {
      sent = input;
      return {
        data: {
          createCollaboration: {
            __typename: 'CollaborationPayload',
            collaboration: { __typename: 'Collaboration', id: 'c1', slug: 'repair-cafe-noord', viewerMembership: null },
          },
        },
      };
    });
    renderRoute(<CreateCollaborationPage />, { viewer: amara, client: c, path: '/collaborations/new' });
    await fillFirstSteps(user);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Needs');
    await user.click(screen.getByRole('button', { name: 'Add a need' }));
    const first = screen.getByRole('group', { name: 'Need 1' });
    await user.selectOptions(within(first).getByLabelText('Kind'), 'SKILL');
    await user.type(within(first).getByLabelText('How much'), '20');
    await user.type(within(first).getByLabelText(/Skill asked for/), 'Repair');
    await user.click(screen.getByRole('button', { name: 'Add another need' }));
    const second = screen.getByRole('group', { name: 'Need 2' });
    await user.selectOptions(within(second).getByLabelText('Kind'), 'MONEY');
    await user.type(within(second).getByLabelText('How much'), '300');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your commitment');
    await user.selectOptions(screen.getByLabelText(/Toward a need/), 'Need 1: 20 hours of repair');
    await user.type(screen.getByLabelText('How much'), '6');
    await user.click(screen.getByRole('button', { name: 'Start the collaboration' }));

    expect(sent).toMatchObject({
      title: 'Repair café Noord',
      values: [{ valueId: 'v1', weight: 5 }],
      remote: true,
      timeZone: 'Pacific/Auckland',
      needs: [
        { kind: 'SKILL', quantity: '20', skill: 'repair' },
        { kind: 'MONEY', quantity: '300', currency: 'EUR' },
      ],
      commitment: { kind: 'SKILL', quantity: '6' },
      commitmentNeedIndex: 0,
    });
    expect(await screen.findByTestId('location')).toHaveTextContent('/c/repair-cafe-noord');
  });

  it('takes the person back to the step a server error is about, on the field', async () => {
    const user = userEvent.setup();
    // The server refuses the second need's currency.
    const c = client(() => ({
      error: new CombinedError({
        graphQLErrors: [
          gqlError(
            '"XXX" is not a currency Kindred knows; use an ISO 4217 code such as EUR.',
            'BAD_USER_INPUT',
            'needs.1.currency',
          ),
        ],
      }),
    }));
    renderRoute(<CreateCollaborationPage />, { viewer: amara, client: c });
    await fillFirstSteps(user);
    await user.click(screen.getByRole('button', { name: 'Add a need' }));
    await user.type(screen.getByLabelText('How much'), '10');
    await user.click(screen.getByRole('button', { name: 'Add another need' }));
    const second = screen.getByRole('group', { name: 'Need 2' });
    await user.selectOptions(within(second).getByLabelText('Kind'), 'MONEY');
    await user.type(within(second).getByLabelText('How much'), '300');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(screen.getByLabelText('How much'), '6');
    await user.click(screen.getByRole('button', { name: 'Start the collaboration' }));

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Needs');
    const need = screen.getByRole('group', { name: 'Need 2' });
    expect(within(need).getByLabelText('Currency')).toHaveAccessibleDescription(/is not a currency Kindred knows/);
  });
});
