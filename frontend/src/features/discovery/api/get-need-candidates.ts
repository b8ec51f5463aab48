import { graphql } from '../../../gql';

export const GetNeedCandidates = graphql(`
  query GetNeedCandidates($needId: ID!, $first: Int, $after: String) {
    node(id: $needId) {
      __typename
      id
      ... on Need {
        skill
        candidates(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            score
            node {
              id
              handle
              displayName
              location
            }
            sharedValues {
              viewerStrength
              theirStrength
              value {
                id
                slug
                name
              }
            }
          }
        }
      }
    }
  }
`);
