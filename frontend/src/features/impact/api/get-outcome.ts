import { graphql } from '../../../gql';

/** An outcome with what its forms need: its definition, history and collaboration. */
export const GetOutcome = graphql(`
  query GetOutcome($id: ID!, $correctsId: ID!, $withCorrects: Boolean!) {
    outcome: node(id: $id) {
      __typename
      ... on Outcome {
        id
        name
        unit
        baseline
        target
        direction
        dueAt
        metric {
          code
        }
        values {
          id
          name
        }
        ...OutcomeHistory_outcome
        collaboration {
          id
          slug
          title
          viewerMembership {
            id
            role
            status
          }
          values {
            value {
              id
              name
            }
          }
        }
      }
    }
    metrics {
      code
      name
      unit
      definition
    }
    corrects: node(id: $correctsId) @include(if: $withCorrects) {
      __typename
      ... on Measurement {
        id
        value
        measuredAt
        current
        outcome {
          id
        }
        recordedBy {
          id
          displayName
        }
      }
    }
  }
`);
