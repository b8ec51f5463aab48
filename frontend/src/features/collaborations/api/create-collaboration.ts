import { graphql } from '../../../gql';

export const CreateCollaboration = graphql(`
  mutation CreateCollaboration($input: CreateCollaborationInput!) {
    createCollaboration(input: $input) {
      collaboration {
        id
        slug
        viewerMembership {
          id
          status
        }
      }
    }
  }
`);
