import { graphql } from '../../../gql';

export const ChangeEmail = graphql(`
  mutation ChangeEmail($input: ChangeEmailInput!) {
    changeEmail(input: $input) {
      person {
        id
        email
        emailVerified
        pendingEmail
      }
    }
  }
`);
