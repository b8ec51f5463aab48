import { graphql } from '../../../gql';

export const GetMembershipsToAnswer = graphql(`
  query GetMembershipsToAnswer {
    dashboard {
      invitations {
        id
        createdAt
        invitedBy {
          id
          displayName
        }
        collaboration {
          id
          slug
          title
          goal
        }
      }
      joinRequests {
        id
        createdAt
        person {
          id
          handle
          displayName
        }
        collaboration {
          id
          slug
          title
        }
        commitments {
          id
          description
          quantity {
            ...Quantity_quantity
          }
        }
      }
    }
  }
`);
