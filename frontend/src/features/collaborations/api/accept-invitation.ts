import { graphql } from '../../../gql';

export const AcceptInvitation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
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
