import { graphql } from '../../../gql';

export const GetPerson = graphql(`
  query GetPerson($handle: String!) {
    person(handle: $handle) {
      id
      handle
      displayName
      viewerHasBlocked
      ...PersonProfile_person
      ...PersonValues_person
    }
    viewer {
      id
    }
  }
`);
