import { graphql } from '../../../gql';

/** What the form for a new outcome needs: the collaboration, its values, the viewer's role. */
export const GetOutcomeContext = graphql(`
  query GetOutcomeContext($slug: String!) {
    metrics {
      code
      name
      unit
      definition
    }
    collaboration(slug: $slug) {
      id
      slug
      title
      viewerMembership {
        id
        role
        status
      }
      values {
        weight
        value {
          id
          name
        }
      }
    }
  }
`);
