import { graphql } from '../../../gql';

export const GetLedger = graphql(`
  query GetLedger($slug: String!, $personId: ID, $kind: ResourceKind, $first: Int, $after: String) {
    collaboration(slug: $slug) {
      id
      ledger(personId: $personId, kind: $kind, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...LedgerEntry_contribution
          }
        }
      }
    }
  }
`);
