import { graphql } from '../gql';

/** A collaboration's activity as it happens; pages read again what they show. */
export const CollaborationActivity = graphql(`
  subscription CollaborationActivity($collaborationId: ID!) {
    collaborationActivity(collaborationId: $collaborationId) {
      verb
      createdAt
    }
  }
`);
