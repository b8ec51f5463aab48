import { graphql } from '../../../gql';

// One thread with its posts, oldest first.
export const GetThread = graphql(`
  query GetThread($slug: String!, $number: Int!) {
    collaboration(slug: $slug) {
      id
      thread(number: $number) {
        id
        number
        title
        replyCount
        createdAt
        viewerCanReply
        author {
          handle
          displayName
        }
        posts(first: 100) {
          totalCount
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
