import { graphql } from '../../../gql';

export const SetTimeZone = graphql(`
  mutation SetTimeZone($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      person {
        id
        timeZone
      }
    }
  }
`);
