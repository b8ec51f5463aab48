import { graphql } from '../../../gql';

export const WithdrawProposal = graphql(`
  mutation WithdrawProposal($input: WithdrawProposalInput!) {
    withdrawProposal(input: $input) {
      proposal {
        id
        status
        closedAt
      }
    }
  }
`);
