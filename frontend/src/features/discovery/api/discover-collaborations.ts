import { graphql } from '../../../gql';

export const DiscoverCollaborations = graphql(`
  query DiscoverCollaborations(
    $valueId: ID
    $skill: String
    $place: String
    $remoteFriendly: Boolean
    $minScore: Float
    $search: String
    $first: Int
    $after: String
  ) {
    discoverCollaborations(
      valueId: $valueId
      skill: $skill
      place: $place
      remoteFriendly: $remoteFriendly
      minScore: $minScore
      search: $search
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
        ...CollaborationMatchCard_edge
      }
    }
  }
`);
