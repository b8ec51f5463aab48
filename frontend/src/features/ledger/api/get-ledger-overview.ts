import { graphql } from '../../../gql';

export const GetLedgerOverview = graphql(`
  query GetLedgerOverview($slug: String!) {
    collaboration(slug: $slug) {
      id
      viewerMembership {
        id
        status
        role
        commitments {
          id
          status
          description
          quantity {
            kind
            amount
            unit
            currency
          }
        }
      }
      members {
        id
        status
        person {
          id
          displayName
        }
      }
      ...LedgerTotals_collaboration
      awaiting: ledger(awaitingConfirmation: true, first: 50) {
        totalCount
        edges {
          node {
            id
            ...LedgerEntry_contribution
          }
        }
      }
    }
    viewer {
      id
    }
  }
`);
