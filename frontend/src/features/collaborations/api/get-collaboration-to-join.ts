import { graphql } from '../../../gql';

export const GetCollaborationToJoin = graphql(`
  query GetCollaborationToJoin($slug: String!) {
    collaboration(slug: $slug) {
      id
      slug
      title
      goal
      status
      memberCount
      outcomes {
        id
        name
      }
      viewerMembership {
        id
        status
        role
      }
      needs {
        id
        filled
        skill
        description
        pledgedShare
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
