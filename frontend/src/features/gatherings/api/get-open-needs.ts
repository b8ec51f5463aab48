import { graphql } from '../../../gql';

// The needs a new gathering may serve: the collaboration's open ones.
export const GetOpenNeeds = graphql(`
  query GetOpenNeeds($slug: String!) {
    collaboration(slug: $slug) {
      id
      needs {
        id
        filled
        skill
        description
        quantity {
          kind
          amount
          unit
          currency
        }
      }
    }
  }
`);
