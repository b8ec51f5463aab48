import { graphql } from '../../../gql';

export const GetValuePage = graphql(`
  query GetValuePage($slug: String!) {
    value(slug: $slug) {
      id
      slug
      name
      description
      holderCount
      collaborations(first: 50) {
        totalCount
        edges {
          node {
            id
            slug
            title
            goal
            status
            memberCount
            values {
              weight
              value {
                id
              }
            }
          }
        }
      }
    }
  }
`);
