import { graphql } from '../../../gql';

/** One page of a collaboration's activity, newest first. */
export const GetActivity = graphql(`
  query GetActivity($slug: String!, $first: Int, $after: String) {
    collaboration(slug: $slug) {
      id
      activity(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
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
