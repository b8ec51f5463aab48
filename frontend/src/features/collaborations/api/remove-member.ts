import { graphql } from '../../../gql';

export const RemoveMember = graphql(`
  mutation RemoveMember($input: MembershipActionInput!) {
    removeMember(input: $input) {
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
