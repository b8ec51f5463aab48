import { graphql } from '../../../gql';

// A thread's new posts as they are written, after the newest one the page holds.
export const PostAdded = graphql(`
  subscription PostAdded($threadId: ID!, $after: ID) {
    postAdded(threadId: $threadId, after: $after) {
      id
    }
  }
`);
