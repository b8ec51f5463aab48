import { graphql } from '../../../gql';

export const InviteTeam = graphql(`
  mutation InviteTeam($input: InviteTeamInput!) {
    inviteTeam(input: $input) {
      memberships {
        id
        status
        person {
          id
          handle
        }
      }
    }
  }
`);
