import { graphql } from '../../../gql';

export const AttestMeasurement = graphql(`
  mutation AttestMeasurement($input: AttestMeasurementInput!) {
    attestMeasurement(input: $input) {
      measurement {
        id
        viewerCanAttest
        attestations {
          person {
            id
            handle
            displayName
          }
          createdAt
        }
      }
    }
  }
`);
