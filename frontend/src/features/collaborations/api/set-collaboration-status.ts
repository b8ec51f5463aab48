import { graphql } from '../../../gql';

export const SetCollaborationStatus = graphql(`
  mutation SetCollaborationStatus($input: SetCollaborationStatusInput!) {
    setCollaborationStatus(input: $input) {
      collaboration {
        id
        status
      }
    }
  }
`);
