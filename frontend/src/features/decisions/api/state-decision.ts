import { graphql } from '../../../gql';

/** States what a closed proposal decided, with an optional review date. */
export const StateDecision = graphql(`
  mutation StateDecision($input: StateDecisionInput!) {
    stateDecision(input: $input) {
      proposal {
        id
        decisionStatement
        decisionStatedAt
        reviewAt
        decisionStatedBy {
          id
          handle
          displayName
        }
      }
    }
  }
`);
