import { graphql } from '../../../gql';

/** The decisions page: the goal and its history, the committee signal, the viewer's place. */
export const GetDecisions = graphql(`
  query GetDecisions($slug: String!) {
    collaboration(slug: $slug) {
      id
      slug
      title
      goal
      status
      viewerMembership {
        id
        status
      }
      committeeSignal {
        ...CommitteeSignal_signal
      }
      goalHistory {
        ...GoalHistory_revision
      }
    }
  }
`);
