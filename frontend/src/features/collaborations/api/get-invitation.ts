import { graphql } from '../../../gql';

export const GetInvitation = graphql(`
  query GetInvitation($token: String!) {
    invitation(token: $token) {
      collaborationId
      slug
      title
      goal
      email
      expiresAt
      need {
        id
      }
      needs {
        id
        filled
        skill
        description
        quantity {
          kind
          amount
          unit
          currency
        }
      }
    }
  }
`);
