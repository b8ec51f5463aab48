import { graphql } from '../../../gql';

export const GetPersonStatedVsLived = graphql(`
  query GetPersonStatedVsLived($handle: String!) {
    person(handle: $handle) {
      id
      displayName
      statedVsLived {
        stated {
          value {
            id
            name
            slug
          }
          share
        }
        lived {
          counted {
            kind
            amount
            unit
            currency
          }
          contributions
          overlap
          values {
            value {
              id
              name
              slug
            }
            stated
            lived
            difference
          }
        }
      }
    }
  }
`);

export const GetCollaborationStatedVsLived = graphql(`
  query GetCollaborationStatedVsLived($slug: String!) {
    collaboration(slug: $slug) {
      id
      title
      statedVsLived {
        stated {
          value {
            id
            name
            slug
          }
          share
        }
        lived {
          counted {
            kind
            amount
            unit
            currency
          }
          contributions
          overlap
          values {
            value {
              id
              name
              slug
            }
            stated
            lived
            difference
          }
        }
      }
    }
  }
`);
