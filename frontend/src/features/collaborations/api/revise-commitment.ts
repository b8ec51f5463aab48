import { graphql } from '../../../gql';

export const ReviseCommitment = graphql(`
  mutation ReviseCommitment($input: ReviseCommitmentInput!) {
    reviseCommitment(input: $input) {
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
