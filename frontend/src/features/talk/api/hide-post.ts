import { graphql } from '../../../gql';

export const HidePost = graphql(`
  mutation HidePost($input: HidePostInput!) {
    hidePost(input: $input) {
      post {
        id
        ...PostItem_post
      }
    }
  }
`);

export const UnhidePost = graphql(`
  mutation UnhidePost($input: UnhidePostInput!) {
    unhidePost(input: $input) {
      post {
        id
        ...PostItem_post
      }
    }
  }
`);
