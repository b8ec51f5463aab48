import { graphql } from '../../../gql';

export const CreateAccessToken = graphql(`
  mutation CreateAccessToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      token
      accessToken {
        id
        ...AccessTokenItem_token
      }
    }
  }
`);
