import { graphql } from '../../../gql';

// A collaboration's threads, newest first, for its talk section.
export const GetThreads = graphql(`
  query GetThreads($slug: String!, $after: String) {
    collaboration(slug: $slug) {
      id
      threads(first: 30, after: $after) {
        totalCount
        edges {
          cursor
          node {
            ...ThreadSummary_thread
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
