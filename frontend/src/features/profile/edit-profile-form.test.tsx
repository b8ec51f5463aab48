import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { amara, gqlError, mockClient, renderRoute } from '../../test/render';
import { makeFragmentData } from '../../gql';
import { EditProfileForm, EditProfileForm_person } from './edit-profile-form';
import { parseSkills } from './skills';

const fields = {
  handle: 'amara',
  displayName: 'Amara Okafor',
  bio: '',
  location: 'Rotterdam',
  remoteFriendly: true,
  skills: ['logistics'],
  visibility: 'PUBLIC' as const,
  namedInReports: false,
};
const person = makeFragmentData(fields, EditProfileForm_person);

describe('parseSkills', () => {
  it('trims, drops blanks and repeats regardless of case', () => {
    expect(parseSkills(' design, , Facilitation,design ,  two  words ')).toEqual(['design', 'Facilitation', 'two words']);
  });
});

describe('EditProfileForm', () => {
  it('sends every field, skills as a list', async () => {
    const user = userEvent.setup();
    const client = mockClient({ mutation: () => ({ data: { updateProfile: { __typename: 'UpdateProfilePayload', person: { __typename: 'Person', id: 'P1', ...fields } } } }) });
    renderRoute(<EditProfileForm person={person} />, { client, viewer: amara });
    await user.type(screen.getByLabelText(/Skills you can offer/), ', cooking');
    await user.click(screen.getByRole('radio', { name: /Members/ }));
    await user.click(screen.getByRole('checkbox', { name: /Name me in reports/ }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Your profile is saved')).toBeInTheDocument();
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({
      input: {
        displayName: 'Amara Okafor',
        handle: 'amara',
        bio: '',
        location: 'Rotterdam',
        remoteFriendly: true,
        skills: ['logistics', 'cooking'],
        visibility: 'MEMBERS',
        namedInReports: true,
      },
    });
  });

  it('shows a taken handle on the handle field', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({
        error: new CombinedError({ graphQLErrors: [gqlError('The handle "ben" is taken; choose another.', 'CONFLICT', 'handle')] }),
      }),
    });
    renderRoute(<EditProfileForm person={person} />, { client, viewer: amara });
    const handle = screen.getByRole('textbox', { name: 'Handle' });
    await user.clear(handle);
    await user.type(handle, 'ben');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(handle).toHaveAccessibleDescription(expect.stringContaining('The handle "ben" is taken; choose another.')));
    expect(handle).toHaveFocus();
  });
});
