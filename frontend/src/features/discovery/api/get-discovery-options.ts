import { graphql } from '../../../gql';

export const GetDiscoveryOptions = graphql(`
  query GetDiscoveryOptions {
    values(first: 100) {
      edges {
        node {
          id
          slug
          name
        }
      }
    }
    viewer {
      id
      values {
        id
        value {
          id
        }
      }
    }
  }
`);
