import { graphql } from '../../../gql';

export const HideComment = graphql(`
  mutation HideComment($input: HideCommentInput!) {
    hideComment(input: $input) {
      comment {
        id
        body
        viewerCanHide
        hidden {
          reason
        }
      }
    }
  }
`);

export const UnhideComment = graphql(`
  mutation UnhideComment($input: UnhideCommentInput!) {
    unhideComment(input: $input) {
      comment {
        id
        body
        viewerCanHide
        hidden {
          reason
        }
      }
    }
  }
`);
