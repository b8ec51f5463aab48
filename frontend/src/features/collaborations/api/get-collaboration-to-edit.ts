import { graphql } from '../../../gql';

export const GetCollaborationToEdit = graphql(`
  query GetCollaborationToEdit($slug: String!) {
    collaboration(slug: $slug) {
      id
      slug
      title
      goal
      status
      visibility
      location
      remote
      startsAt
      endsAt
      timeZone
      viewerMembership {
        id
        role
        status
      }
      values {
        weight
        value {
          id
          slug
          name
        }
      }
    }
  }
`);
