import { graphql } from '../../../gql';

// One gathering with who comes, for its page.
export const GetGathering = graphql(`
  query GetGathering($slug: String!, $number: Int!) {
    viewer {
      id
      timeZone
    }
    collaboration(slug: $slug) {
      id
      title
      timeZone
      gathering(number: $number) {
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
        cancelledAt
        attendanceRecordedAt
        goingCount
        maybeCount
        waitingCount
        viewerRsvp
        viewerWaitingPosition
        viewerCanRsvp
        viewerCanManage
        icsUrl
        need {
          id
          skill
          description
          quantity {
            kind
            amount
            unit
            currency
          }
        }
        createdBy {
          displayName
        }
        answers {
          status
          answeredAt
          person {
            id
            handle
            displayName
          }
        }
        attendees {
          id
          displayName
        }
      }
    }
  }
`);
