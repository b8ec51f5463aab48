import { graphql } from '../../../gql';

export const ReviseOutcome = graphql(`
  mutation ReviseOutcome($input: ReviseOutcomeInput!) {
    reviseOutcome(input: $input) {
      outcome {
        id
        name
        unit
        baseline
        target
        direction
        dueAt
        updatedAt
      }
    }
  }
`);
