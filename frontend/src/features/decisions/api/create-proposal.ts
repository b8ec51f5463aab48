import { graphql } from '../../../gql';

// The collaboration in the answer makes urql's document cache drop its lists of proposals.
export const CreateProposal = graphql(`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      proposal {
        id
        title
        status
        collaboration {
          id
        }
      }
    }
  }
`);
