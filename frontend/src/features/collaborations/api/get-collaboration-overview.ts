import { graphql } from '../../../gql';

/** The overview section: the goal, values and place, what the viewer can do, the goal's history. */
export const GetCollaborationOverview = graphql(`
  query GetCollaborationOverview($slug: String!) {
    collaboration(slug: $slug) {
      id
      ...CollaborationOverview_collaboration
    }
  }
`);
