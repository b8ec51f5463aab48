import { graphql } from '../../../gql';

// The thread in the answer makes urql's document cache read the thread again.
export const ReplyToThread = graphql(`
  mutation ReplyToThread($input: ReplyToThreadInput!) {
    replyToThread(input: $input) {
      post {
        id
        thread {
          id
          replyCount
        }
      }
    }
  }
`);
