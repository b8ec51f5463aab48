import { graphql } from '../../../gql';

export const PlanGathering = graphql(`
  mutation PlanGathering($input: PlanGatheringInput!) {
    planGathering(input: $input) {
      gathering {
        id
        number
      }
    }
  }
`);
