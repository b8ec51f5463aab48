import { graphql } from '../../../gql';

export const ReleaseCommitment = graphql(`
  mutation ReleaseCommitment($input: CommitmentActionInput!) {
    releaseCommitment(input: $input) {
      commitment {
        id
        status
        quantity {
          kind
          amount
          unit
          currency
        }
        membership {
          id
          status
        }
      }
    }
  }
`);
