import { graphql } from '../../../gql';

/** What the propose form needs to know about the collaboration and the viewer's place in it. */
export const GetProposeContext = graphql(`
  query GetProposeContext($slug: String!) {
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
    }
  }
`);
