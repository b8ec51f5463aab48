import { graphql } from '../../../gql';

export const RsvpGathering = graphql(`
  mutation RsvpGathering($input: RsvpGatheringInput!) {
    rsvpGathering(input: $input) {
      gathering {
        id
        viewerRsvp
        viewerWaitingPosition
        goingCount
        maybeCount
        waitingCount
      }
    }
  }
`);
