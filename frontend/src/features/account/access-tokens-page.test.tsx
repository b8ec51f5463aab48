import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { fromValue, merge, never } from 'wonka';
import { amara, gqlError, mockClient, renderRoute } from '../../test/render';
import { AccessTokensPage } from './access-tokens-page';

const secret = 'kdp_Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5';

const ci = {
  __typename: 'AccessToken',
  id: 'QWNjZXNzVG9rZW46MQ==',
  name: 'CI bot',
  prefix: 'kdp_a1b2c3',
  scope: 'WRITE',
  createdAt: '2026-03-01T09:30:00Z',
  lastUsedAt: null,
  revokedAt: null,
};

function tokensQuery(tokens: unknown[]) {
  return () => ({ data: { viewer: { __typename: 'Person', id: amara.id, accessTokens: tokens } } });
}

describe('AccessTokensPage', () => {
  it('says what to do when there are no tokens yet', async () => {
    renderRoute(<AccessTokensPage />, { viewer: amara, client: mockClient({ query: tokensQuery([]) }) });
    expect(await screen.findByText('You have no access tokens yet')).toBeInTheDocument();
    expect(screen.getByText(/create a token with the form above/)).toBeInTheDocument();
  });

  it('shows that the tokens are loading', () => {
    renderRoute(<AccessTokensPage />, { viewer: amara });
    expect(screen.getByRole('status')).toHaveTextContent('Loading your tokens…');
  });

  it('says when the tokens could not be loaded, with a way to try again', async () => {
    const client = mockClient();
    const error = new CombinedError({ graphQLErrors: [gqlError('internal error', 'INTERNAL')] });
    // Stays open like a real client's stream: the end of a stream clears urql's error.
    client.executeQuery.mockImplementation((operation) =>
      merge([fromValue({ operation, error, stale: false, hasNext: false }), never]),
    );
    renderRoute(<AccessTokensPage />, { viewer: amara, client });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your tokens could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('requires a name before creating a token', async () => {
    const user = userEvent.setup();
    const { client } = renderRoute(<AccessTokensPage />, {
      viewer: amara,
      client: mockClient({ query: tokensQuery([]) }),
    });
    await user.type(screen.getByRole('textbox', { name: 'Name' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Give the token a name'));
    expect(name).toHaveFocus();
    expect(client.executeMutation).not.toHaveBeenCalled();
  });

  it('shows a new token once, with a warning, until the person has saved it', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      query: tokensQuery([]),
      mutation: () => ({
        data: { createAccessToken: { __typename: 'CreateAccessTokenPayload', token: secret, accessToken: ci } },
      }),
    });
    renderRoute(<AccessTokensPage />, { viewer: amara, client });
    await user.type(screen.getByRole('textbox', { name: 'Name' }), ' CI bot ');
    expect(screen.getByRole('radio', { name: /Read only/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /Read and write/ }));
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    const panel = await screen.findByRole('region', { name: 'Your new token “CI bot”' });
    expect(panel).toHaveFocus();
    expect(panel).toHaveTextContent('Kindred will not show it again');
    expect(within(panel).getByRole('textbox', { name: 'Token' })).toHaveValue(secret);
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { name: 'CI bot', scope: 'WRITE' },
    });
    // The form is ready for another token, and holds no trace of this one.
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    expect(screen.getByRole('radio', { name: /Read only/ })).toBeChecked();
    expect(screen.getAllByDisplayValue(secret)).toHaveLength(1);

    await user.click(within(panel).getByRole('button', { name: 'Copy token' }));
    expect(await navigator.clipboard.readText()).toBe(secret);
    expect(within(panel).getByRole('status')).toHaveTextContent('Copied to the clipboard.');

    await user.click(within(panel).getByRole('button', { name: 'I have saved it' }));
    expect(screen.queryByRole('region', { name: /Your new token/ })).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(secret)).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(secret);
    expect(screen.getByRole('heading', { name: 'Your tokens' })).toHaveFocus();
  });

  it('shows why a token was not created', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      query: tokensQuery([]),
      mutation: () => ({
        error: new CombinedError({
          graphQLErrors: [gqlError('You have 20 tokens, the most there can be; revoke one first.', 'CONFLICT')],
        }),
      }),
    });
    renderRoute(<AccessTokensPage />, { viewer: amara, client });
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'One too many');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The token was not created');
    expect(alert).toHaveTextContent('revoke one first.');
    expect(screen.queryByRole('region', { name: /Your new token/ })).not.toBeInTheDocument();
  });

  it('lists tokens and revokes one only after asking', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      query: tokensQuery([
        ci,
        { ...ci, id: 'QWNjZXNzVG9rZW46Mg==', name: 'Old script', scope: 'READ', lastUsedAt: '2026-03-02T10:00:00Z', revokedAt: '2026-03-03T10:00:00Z' },
      ]),
      mutation: () => ({
        data: {
          revokeAccessToken: {
            __typename: 'RevokeAccessTokenPayload',
            accessToken: { ...ci, revokedAt: '2026-03-04T10:00:00Z' },
          },
        },
      }),
    });
    renderRoute(<AccessTokensPage />, { viewer: amara, client });
    const [bot, old] = await screen.findAllByRole('listitem');
    expect(bot).toHaveTextContent('kdp_a1b2c3…');
    expect(bot).toHaveTextContent('Read and write');
    expect(bot).toHaveTextContent('Last usedNever');
    expect(old).toHaveTextContent('Revoked');
    expect(within(old).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(bot).getByRole('button', { name: 'Revoke “CI bot”' }));
    const question = within(bot).getByRole('group', { name: /Revoke “CI bot”\?/ });
    expect(within(question).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Keep it' }));
    expect(client.executeMutation).not.toHaveBeenCalled();
    expect(within(bot).getByRole('button', { name: 'Revoke “CI bot”' })).toHaveFocus();

    await user.click(within(bot).getByRole('button', { name: 'Revoke “CI bot”' }));
    await user.click(within(bot).getByRole('button', { name: 'Revoke token' }));
    await waitFor(() => expect(within(bot).getByRole('status')).toHaveTextContent('“CI bot” is revoked.'));
    expect(within(bot).getByRole('status')).toHaveFocus();
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({ input: { accessTokenId: ci.id } });
    expect(within(bot).queryByRole('button')).not.toBeInTheDocument();
  });
});
