import { graphql } from '../../../gql';

export const UpdateGathering = graphql(`
  mutation UpdateGathering($input: UpdateGatheringInput!) {
    updateGathering(input: $input) {
      gathering {
        id
        number
        title
        description
        descriptionHTML
        startsAt
        endsAt
        timeZone
        place
        onlineUrl
        capacity
        need {
          id
        }
      }
    }
  }
`);
