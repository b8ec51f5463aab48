import { graphql } from '../../../gql';

export const PromoteMember = graphql(`
  mutation PromoteMember($input: MembershipActionInput!) {
    promoteMember(input: $input) {
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
