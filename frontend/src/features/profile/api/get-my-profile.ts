import { graphql } from '../../../gql';

export const GetMyProfile = graphql(`
  query GetMyProfile {
    viewer {
      id
      ...EditProfileForm_person
    }
  }
`);
