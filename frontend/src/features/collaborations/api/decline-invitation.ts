import { graphql } from '../../../gql';

export const DeclineInvitation = graphql(`
  mutation DeclineInvitation($input: MembershipActionInput!) {
    declineInvitation(input: $input) {
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
