import { graphql } from '../../../gql';

export const PledgeToProposal = graphql(`
  mutation PledgeToProposal($input: PledgeToProposalInput!) {
    pledgeToProposal(input: $input) {
      commitment {
        id
        status
      }
    }
  }
`);
