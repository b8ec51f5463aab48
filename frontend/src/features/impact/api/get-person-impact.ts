import { graphql } from '../../../gql';

export const GetPersonImpact = graphql(`
  query GetPersonImpact($handle: String!) {
    viewer {
      id
    }
    person(handle: $handle) {
      id
      handle
      displayName
      memberships {
        id
        status
        collaboration {
          id
          slug
          title
          status
          outcomes {
            id
            ...OutcomeRow_outcome
          }
        }
      }
      impact {
        given {
          ...Given_total
        }
        monthly {
          ...MonthlySection_point
        }
        collaborations {
          collaboration {
            id
            slug
            title
            status
          }
          given {
            ...Given_total
          }
          outcomes {
            id
            ...OutcomeRow_outcome
          }
        }
      }
    }
  }
`);
