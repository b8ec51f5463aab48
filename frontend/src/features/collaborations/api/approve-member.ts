import { graphql } from '../../../gql';

export const ApproveMember = graphql(`
  mutation ApproveMember($input: MembershipActionInput!) {
    approveMember(input: $input) {
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
