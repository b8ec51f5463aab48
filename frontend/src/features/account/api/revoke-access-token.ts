import { graphql } from '../../../gql';

export const RevokeAccessToken = graphql(`
  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      accessToken {
        id
        ...AccessTokenItem_token
      }
    }
  }
`);
