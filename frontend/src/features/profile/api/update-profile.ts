import { graphql } from '../../../gql';

export const UpdateProfile = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      person {
        id
        ...EditProfileForm_person
      }
    }
  }
`);
