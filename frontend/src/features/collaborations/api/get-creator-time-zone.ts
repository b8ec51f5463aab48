import { graphql } from '../../../gql';

/** The creator's own time zone setting, the default for a new collaboration's. */
export const GetCreatorTimeZone = graphql(`
  query GetCreatorTimeZone {
    viewer {
      id
      timeZone
    }
  }
`);
