import { graphql } from '../../../gql';

export const GetInvitationLinks = graphql(`
  query GetInvitationLinks($slug: String!) {
    collaboration(slug: $slug) {
      id
      needs {
        id
        filled
        skill
        description
        quantity {
          kind
          amount
          unit
          currency
        }
      }
      invitationLinks {
        id
        email
        status
        expiresAt
        maxUses
        uses
        createdAt
        need {
          id
          skill
          description
          quantity {
            kind
            amount
            unit
            currency
          }
        }
        joined {
          id
          person {
            handle
            displayName
          }
        }
      }
    }
  }
`);

export const CreateInvitationLink = graphql(`
  mutation CreateInvitationLink($input: CreateInvitationLinkInput!) {
    createInvitationLink(input: $input) {
      url
      invitationLink {
        id
        status
      }
    }
  }
`);

export const RevokeInvitationLink = graphql(`
  mutation RevokeInvitationLink($input: RevokeInvitationLinkInput!) {
    revokeInvitationLink(input: $input) {
      invitationLink {
        id
        status
      }
    }
  }
`);

export const InviteByEmail = graphql(`
  mutation InviteByEmail($input: InviteByEmailInput!) {
    inviteByEmail(input: $input) {
      mailed {
        id
        email
        status
      }
      invited {
        id
        status
        person {
          handle
          displayName
        }
      }
    }
  }
`);
