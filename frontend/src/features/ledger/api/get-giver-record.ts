import { graphql } from '../../../gql';

export const GetGiverRecord = graphql(`
  query GetGiverRecord($handle: String!) {
    person(handle: $handle) {
      id
      displayName
      giverRecord {
        ...GiverRecord_record
      }
    }
    viewer {
      id
    }
  }
`);
