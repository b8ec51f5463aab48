import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { gqlError, mockClient, renderRoute } from '../../test/render';
import { LogInPage } from './log-in-page';

const wrongPassword = () =>
  mockClient({
    mutation: () => ({
      error: new CombinedError({
        graphQLErrors: [gqlError('That handle or email and password do not match an account.', 'UNAUTHENTICATED')],
      }),
    }),
  });

const loggedIn = (values: number) =>
  mockClient({
    mutation: () => ({
      data: {
        logIn: {
          __typename: 'AuthPayload',
          viewer: {
            __typename: 'Person',
            id: 'P1',
            handle: 'amara',
            values: Array.from({ length: values }, (_, i) => ({ __typename: 'PersonValue', id: `PV${i}` })),
          },
        },
      },
    }),
  });

async function logIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Handle or email'), 'amara');
  await user.type(screen.getByLabelText('Password'), 'wrong-password');
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('LogInPage', () => {
  it('asks for both fields before sending anything', async () => {
    const user = userEvent.setup();
    const { client } = renderRoute(<LogInPage />, { path: '/login' });
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(screen.getByLabelText('Handle or email')).toHaveAccessibleDescription('Enter your handle or email address.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(client.executeMutation).not.toHaveBeenCalled();
  });

  it('says clearly when the password is wrong, and stays', async () => {
    const user = userEvent.setup();
    renderRoute(<LogInPage />, { path: '/login', client: wrongPassword() });
    await logIn(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not log you in');
    expect(alert).toHaveTextContent('That handle or email and password do not match an account.');
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
  });

  it('goes back to where the person was after the session ended', async () => {
    const user = userEvent.setup();
    const { reset } = renderRoute(<LogInPage />, {
      path: '/login',
      at: '/login?next=%2Fsettings%2Fprofile&expired=1',
      client: loggedIn(3),
    });
    expect(screen.getByRole('status')).toHaveTextContent('Your session has ended');
    await logIn(user);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/settings/profile'));
    expect(reset).toHaveBeenCalledOnce();
  });

  it('never follows a next that leaves the site', async () => {
    const user = userEvent.setup();
    renderRoute(<LogInPage />, { path: '/login', at: '/login?next=%2F%2Fevil.example', client: loggedIn(3) });
    await logIn(user);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/dashboard'));
  });

  it('sends someone without values to choose them', async () => {
    const user = userEvent.setup();
    renderRoute(<LogInPage />, { path: '/login', client: loggedIn(0) });
    await logIn(user);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/onboarding'));
  });
});
