import { graphql } from '../../../gql';

export const GetProposalsAwaitingPosition = graphql(`
  query GetProposalsAwaitingPosition {
    dashboard {
      proposalsAwaitingMyPosition {
        id
        kind
        title
        closesAt
        collaboration {
          id
          slug
          title
        }
        tally {
          agree
          abstain
          disagree
          block
        }
      }
    }
  }
`);
