import { graphql } from '../../../gql';

export const GetBestMatches = graphql(`
  query GetBestMatches {
    discoverCollaborations(first: 3) {
      edges {
        score
        node {
          id
          slug
          title
          goal
        }
        sharedValues {
          value {
            id
            name
          }
        }
      }
    }
    discoverPeople(first: 3) {
      edges {
        score
        node {
          id
          handle
          displayName
        }
        sharedValues {
          value {
            id
            name
          }
        }
      }
    }
  }
`);
