import { graphql } from '../../../gql';

export const GetImpactOverview = graphql(`
  query GetImpactOverview {
    viewer {
      id
      handle
    }
    impactOverview {
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
      metrics {
        ...MetricTotals_total
      }
    }
  }
`);
