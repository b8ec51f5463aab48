import { graphql } from '../../../gql';

export const RecordMeasurement = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      measurement {
        id
        value
        measuredAt
        current
        outcome {
          id
          progress {
            raw
            clamped
          }
          onTrack
        }
      }
    }
  }
`);
