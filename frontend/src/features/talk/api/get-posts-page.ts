import { graphql } from '../../../gql';

// A later page of a thread's posts, after a cursor.
export const GetPostsPage = graphql(`
  query GetPostsPage($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      id
      ... on Thread {
        posts(first: 100, after: $after) {
          edges {
            cursor
            node {
              id
              ...PostItem_post
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);
