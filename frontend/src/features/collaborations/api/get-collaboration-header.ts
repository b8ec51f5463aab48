import { graphql } from '../../../gql';

/** What every section of a collaboration shows above its tabs. */
export const GetCollaborationHeader = graphql(`
  query GetCollaborationHeader($slug: String!) {
    collaboration(slug: $slug) {
      id
      ...CollaborationTabs_collaboration
    }
    viewer {
      id
    }
  }
`);
