import { graphql } from '../../../gql';

export const VerifyEmail = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      email
    }
  }
`);
