import { graphql } from '../../../gql';

export const DiscoverPeople = graphql(`
  query DiscoverPeople(
    $valueId: ID
    $skill: String
    $place: String
    $remoteFriendly: Boolean
    $minScore: Float
    $search: String
    $first: Int
    $after: String
  ) {
    discoverPeople(
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
        ...PersonMatchCard_edge
      }
    }
  }
`);
