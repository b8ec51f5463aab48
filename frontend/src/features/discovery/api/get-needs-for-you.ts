import { graphql } from '../../../gql';

export const GetNeedsForYou = graphql(`
  query GetNeedsForYou($first: Int) {
    viewer {
      id
      needsForYou(first: $first) {
        totalCount
        edges {
          cursor
          skillMatch
          score
          node {
            id
            skill
            description
            quantity {
              kind
              amount
              unit
              currency
            }
            pledged {
              kind
              amount
              unit
              currency
            }
            collaboration {
              id
              slug
              title
            }
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
  }
`);
