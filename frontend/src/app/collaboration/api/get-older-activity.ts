import { graphql } from '../../../gql';

/** A page of a collaboration's activity older than `after`. */
export const GetOlderActivity = graphql(`
  query GetOlderActivity($slug: String!, $after: String) {
    collaboration(slug: $slug) {
      id
      activity(first: 15, after: $after) {
        edges {
          cursor
          node {
            id
            ...ActivityItem_activity
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
