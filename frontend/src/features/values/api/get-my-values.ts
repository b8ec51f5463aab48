import { graphql } from '../../../gql';

export const GetMyValues = graphql(`
  query GetMyValues {
    viewer {
      id
      handle
      values {
        id
        strength
        statement
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
