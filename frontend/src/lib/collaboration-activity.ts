import { graphql } from '../gql';

/**
 * A collaboration's activity as it happens; pages read again what they show. With
 * `after`, the entries written after that one come first, so nothing read is sent again.
 */
export const CollaborationActivity = graphql(`
  subscription CollaborationActivity($collaborationId: ID!, $after: ID) {
    collaborationActivity(collaborationId: $collaborationId, after: $after) {
      id
      verb
      createdAt
    }
  }
`);
