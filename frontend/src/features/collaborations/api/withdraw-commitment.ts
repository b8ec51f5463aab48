import { graphql } from '../../../gql';

export const WithdrawCommitment = graphql(`
  mutation WithdrawCommitment($input: CommitmentActionInput!) {
    withdrawCommitment(input: $input) {
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
