import { graphql } from '../../../gql';

export const InviteMember = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
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
