import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { amara, gqlError, mockClient, renderRoute } from '../../test/render';
import { SignUpPage } from './sign-up-page';

function renderSignUp(client = mockClient()) {
  return renderRoute(<SignUpPage />, { path: '/signup', client });
}

async function fill(user: ReturnType<typeof userEvent.setup>, v: Partial<Record<string, string>>) {
  const fields: Record<string, string> = {
    name: 'Your name',
    handle: 'Handle',
    email: 'Email',
    password: 'Password',
  };
  for (const [k, label] of Object.entries(fields)) {
    const box = screen.getByLabelText(label);
    await user.clear(box);
    if (v[k]) await user.type(box, v[k]);
  }
}

const good = { name: 'Zora Ahmed', handle: 'zora', email: 'zora@example.org', password: 'a long enough password' };

describe('SignUpPage', () => {
  it('shows each problem under its own field and focuses the first', async () => {
    const user = userEvent.setup();
    const { client } = renderSignUp();
    await fill(user, { handle: 'no spaces', email: 'zora@', password: 'short' });
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(
      expect.stringContaining('Enter the name others will see.'),
    );
    expect(screen.getByLabelText('Handle')).toHaveAccessibleDescription(
      expect.stringContaining('Use 3 to 30 lower-case letters'),
    );
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      expect.stringContaining('Enter an email address like name@example.org.'),
    );
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      expect.stringContaining('Use at least 10 characters.'),
    );
    expect(screen.getByLabelText('Your name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Your name')).toHaveFocus();
    expect(client.executeMutation).not.toHaveBeenCalled();
  });

  it('types handles in lower case', async () => {
    const user = userEvent.setup();
    renderSignUp();
    await user.type(screen.getByLabelText('Handle'), 'Zora');
    expect(screen.getByLabelText('Handle')).toHaveValue('zora');
  });

  it('puts the server’s message on the field it names', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({
        error: new CombinedError({
          graphQLErrors: [gqlError('The handle "zora" is taken; choose another.', 'CONFLICT', 'handle')],
        }),
      }),
    });
    renderSignUp(client);
    await fill(user, good);
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    const handle = screen.getByLabelText('Handle');
    await waitFor(() => expect(handle).toHaveAttribute('aria-invalid', 'true'));
    expect(handle).toHaveAccessibleDescription(expect.stringContaining('The handle "zora" is taken; choose another.'));
    expect(handle).toHaveFocus();
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows problems about no field above the button', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({
        error: new CombinedError({ graphQLErrors: [gqlError('slow down', 'RATE_LIMITED')] }),
      }),
    });
    renderSignUp(client);
    await fill(user, good);
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not create your account');
    expect(alert).toHaveTextContent('slow down');
    expect(alert).toHaveFocus();
  });

  it('signs up with cookies, starts a new session and goes on to onboarding', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({ data: { signUp: { __typename: 'AuthPayload', viewer: { __typename: 'Person', id: 'P1', handle: 'zora' } } } }),
    });
    const { reset } = renderSignUp(client);
    await fill(user, good);
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/onboarding'));
    expect(reset).toHaveBeenCalledOnce();
    const [operation] = client.executeMutation.mock.calls[0];
    expect(operation.variables).toEqual({
      input: {
        handle: 'zora',
        displayName: 'Zora Ahmed',
        email: 'zora@example.org',
        password: 'a long enough password',
        transport: 'COOKIE',
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      },
    });
  });

  it('tells a signed-in person they are already logged in', () => {
    renderRoute(<SignUpPage />, { path: '/signup', viewer: amara });
    expect(screen.getByRole('heading', { name: 'You are logged in' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your page' })).toHaveAttribute('href', '/people/amara');
  });

  it('fills in the address an invitation by email was mailed to', () => {
    renderRoute(<SignUpPage />, { path: '/signup', at: '/signup?next=%2Finvite%2Ftok&email=new%40example.org' });
    expect(screen.getByLabelText('Email')).toHaveValue('new@example.org');
  });
});
