import { graphql } from '../../../gql';

// The signed-in person's calendar feed, if any.
export const GetCalendarFeed = graphql(`
  query GetCalendarFeed {
    viewer {
      id
      calendarFeed {
        createdAt
        lastUsedAt
      }
    }
  }
`);

export const RegenerateCalendarFeed = graphql(`
  mutation RegenerateCalendarFeed {
    regenerateCalendarFeed(input: {}) {
      url
      feed {
        createdAt
        lastUsedAt
      }
    }
  }
`);

export const RevokeCalendarFeed = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed(input: {}) {
      revoked
    }
  }
`);
