import { graphql } from '../../../gql';

export const LeaveCollaboration = graphql(`
  mutation LeaveCollaboration($input: LeaveCollaborationInput!) {
    leaveCollaboration(input: $input) {
      membership {
        id
        role
        status
        commitments {
          id
          status
        }
      }
    }
  }
`);
