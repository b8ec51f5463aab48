import { graphql } from '../../../gql';

export const MakeCommitment = graphql(`
  mutation MakeCommitment($input: MakeCommitmentInput!) {
    makeCommitment(input: $input) {
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
