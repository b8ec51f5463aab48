import { graphql } from '../../../gql';

export const WithdrawPledge = graphql(`
  mutation WithdrawPledge($input: CommitmentActionInput!) {
    withdrawCommitment(input: $input) {
      commitment {
        id
        status
      }
    }
  }
`);
