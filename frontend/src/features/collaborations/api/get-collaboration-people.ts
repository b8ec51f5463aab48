import { graphql } from '../../../gql';

/** The people and needs section: what it lacks, its members and their commitments. */
export const GetCollaborationPeople = graphql(`
  query GetCollaborationPeople($slug: String!) {
    collaboration(slug: $slug) {
      id
      ...CollaborationPeople_collaboration
    }
  }
`);
