import { graphql } from '../../../gql';

export const JoinByInvitationLink = graphql(`
  mutation JoinByInvitationLink($input: JoinByInvitationLinkInput!) {
    joinByInvitationLink(input: $input) {
      membership {
        id
        role
        status
      }
    }
  }
`);
