import { graphql } from '../../../gql';

export const EditPost = graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      post {
        id
        ...PostItem_post
      }
    }
  }
`);
