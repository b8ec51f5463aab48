import { graphql } from '../../../gql';

export const GetValueImpact = graphql(`
  query GetValueImpact($slug: String!) {
    value(slug: $slug) {
      id
      slug
      name
      description
      impact {
        collaborations
        contributors
        outcomeSummary {
          total
          measured
          onTrack
          reached
        }
        totals {
          ...Totals_total
        }
        monthly {
          ...MonthlySection_point
        }
        costs {
          ...CostRollUps_rollUp
        }
        outcomes(first: 50) {
          totalCount
          edges {
            node {
              id
              ...OutcomeRow_outcome
            }
          }
        }
      }
    }
  }
`);
