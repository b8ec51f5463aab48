import { graphql } from '../../../gql';

export const GetImpactGlance = graphql(`
  query GetImpactGlance {
    viewer {
      id
      handle
      impact {
        given {
          ...Given_total
        }
        monthly {
          month
          kind
          unit
          currency
          amount
          confirmed
          contributors
        }
        collaborations {
          collaboration {
            id
          }
          outcomes {
            id
            onTrack
          }
        }
      }
    }
  }
`);
