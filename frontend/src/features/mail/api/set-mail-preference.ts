import { graphql } from '../../../gql';

export const SetMailPreference = graphql(`
  mutation SetMailPreference($input: SetMailPreferenceInput!) {
    setMailPreference(input: $input) {
      mailPreferences {
        kind
        cadence
      }
    }
  }
`);
