import { graphql } from '../../../gql';

export const GetMyAccessTokens = graphql(`
  query GetMyAccessTokens {
    viewer {
      id
      accessTokens {
        id
        ...AccessTokenItem_token
      }
    }
  }
`);
