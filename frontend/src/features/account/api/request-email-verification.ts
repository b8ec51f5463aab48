import { graphql } from '../../../gql';

export const RequestEmailVerification = graphql(`
  mutation RequestEmailVerification {
    requestEmailVerification {
      email
    }
  }
`);
