import { graphql } from '../../../gql';

export const CancelGathering = graphql(`
  mutation CancelGathering($input: CancelGatheringInput!) {
    cancelGathering(input: $input) {
      gathering {
        id
        cancelledAt
      }
    }
  }
`);
