import { graphql } from '../../../gql';

export const UpdateCollaboration = graphql(`
  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {
    updateCollaboration(input: $input) {
      collaboration {
        id
        slug
        title
        goal
        visibility
        location
        remote
        startsAt
        endsAt
        values {
          weight
          value {
            id
            name
          }
        }
      }
    }
  }
`);
