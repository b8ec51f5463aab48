import { graphql } from '../../../gql';

export const GetValueOptions = graphql(`
  query GetValueOptions($search: String) {
    values(search: $search, first: 100) {
      edges {
        node {
          id
          slug
          name
          description
        }
      }
    }
    viewer {
      id
      values {
        id
        strength
        value {
          id
          slug
          name
          description
        }
      }
    }
  }
`);
