import { graphql } from '../../../gql';

export const DemoteMember = graphql(`
  mutation DemoteMember($input: MembershipActionInput!) {
    demoteMember(input: $input) {
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
