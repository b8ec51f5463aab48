import { graphql } from '../../../gql';

export const GetMyCollaborations = graphql(`
  query GetMyCollaborations {
    viewer {
      id
      memberships {
        id
        status
        ...MyMembership_membership
      }
    }
  }
`);
