import { graphql } from '../../../gql';

export const ResetPassword = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      viewer {
        id
        values {
          id
        }
      }
    }
  }
`);
