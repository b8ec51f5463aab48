import { graphql } from '../../../gql';

export const GetValueOptions = graphql(`
  query GetValueOptions($search: String) {
    values(search: $search, first: 100) {
      edges {
        node {
          id
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
          name
          description
        }
      }
    }
  }
`);
