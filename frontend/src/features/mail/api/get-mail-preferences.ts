import { graphql } from '../../../gql';

export const GetMailPreferences = graphql(`
  query GetMailPreferences {
    viewer {
      id
      timeZone
      mailPreferences {
        kind
        cadence
      }
    }
  }
`);
