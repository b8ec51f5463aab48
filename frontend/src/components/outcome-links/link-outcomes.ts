import { graphql } from '../../gql';

export const LinkOutcomes = graphql(`
  mutation LinkOutcomes($input: LinkOutcomesInput!) {
    linkOutcomes(input: $input) {
      subject {
        id
      }
      serves {
        id
        name
      }
    }
  }
`);
