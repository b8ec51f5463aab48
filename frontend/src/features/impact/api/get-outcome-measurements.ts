import { graphql } from '../../../gql';

// Its own request per outcome: nested under the collaboration's impact the measurements
// would go past half the API's depth and cost limits (graph/limits_test.go).
export const GetOutcomeMeasurements = graphql(`
  query GetOutcomeMeasurements($id: ID!) {
    outcome: node(id: $id) {
      __typename
      ... on Outcome {
        id
        measurements(first: 40) {
          totalCount
          edges {
            node {
              id
              value
              measuredAt
              current
              recordedBy {
                id
              }
              ...MeasurementItem_measurement
            }
          }
        }
      }
    }
  }
`);
