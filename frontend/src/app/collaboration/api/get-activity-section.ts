import { graphql } from '../../../gql';

/** The activity section's first page, newest first. */
export const GetActivitySection = graphql(`
  query GetActivitySection($slug: String!) {
    collaboration(slug: $slug) {
      id
      ...ActivitySection_collaboration
    }
  }
`);
