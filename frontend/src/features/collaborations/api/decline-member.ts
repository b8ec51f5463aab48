import { graphql } from '../../../gql';

export const DeclineMember = graphql(`
  mutation DeclineMember($input: MembershipActionInput!) {
    declineMember(input: $input) {
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
