import { graphql } from '../../../gql';

export const GetValueHolders = graphql(`
  query GetValueHolders($slug: String!, $first: Int, $after: String) {
    value(slug: $slug) {
      id
      holders(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            strength
            statement
            person {
              id
              handle
              displayName
              location
            }
          }
        }
      }
    }
  }
`);
