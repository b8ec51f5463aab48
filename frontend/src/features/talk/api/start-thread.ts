import { graphql } from '../../../gql';

export const StartThread = graphql(`
  mutation StartThread($input: StartThreadInput!) {
    startThread(input: $input) {
      thread {
        id
        number
      }
    }
  }
`);
