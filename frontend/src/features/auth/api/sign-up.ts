import { graphql } from '../../../gql';

export const SignUp = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      viewer {
        id
        handle
      }
    }
  }
`);
