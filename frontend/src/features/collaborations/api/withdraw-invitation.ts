import { graphql } from '../../../gql';

export const WithdrawInvitation = graphql(`
  mutation WithdrawInvitation($input: MembershipActionInput!) {
    withdrawInvitation(input: $input) {
      membership {
        id
        status
      }
    }
  }
`);
