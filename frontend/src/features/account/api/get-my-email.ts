import { graphql } from '../../../gql';

export const GetMyEmail = graphql(`
  query GetMyEmail {
    viewer {
      id
      email
      emailVerified
      pendingEmail
    }
  }
`);
