import { graphql } from '../../../gql';

export const DefineOutcome = graphql(`
  mutation DefineOutcome($input: DefineOutcomeInput!) {
    defineOutcome(input: $input) {
      outcome {
        id
        name
      }
    }
  }
`);
