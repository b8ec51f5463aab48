import { graphql } from '../../../gql';

// The proposal in the answer makes urql's document cache reload the discussion.
export const CommentOnProposal = graphql(`
  mutation CommentOnProposal($input: CommentOnProposalInput!) {
    commentOnProposal(input: $input) {
      comment {
        id
        body
        createdAt
        proposal {
          id
        }
      }
    }
  }
`);
