import { graphql } from '../../../gql';

// A collaboration's upcoming or past gatherings, for its gatherings section.
export const GetGatherings = graphql(`
  query GetGatherings($slug: String!, $when: GatheringWhen!) {
    viewer {
      id
      timeZone
    }
    collaboration(slug: $slug) {
      id
      timeZone
      viewerCanPlanGatherings
      gatherings(when: $when, first: 50) {
        totalCount
        edges {
          cursor
          node {
            ...GatheringSummary_gathering
          }
        }
      }
    }
  }
`);
