import { graphql } from '../../../gql';

// Kept in step with reportQuery in graph/report_test.go, which checks that its statement
// count does not grow with outcomes or contributions.
export const GetCollaborationReport = graphql(`
  query GetCollaborationReport($slug: String!) {
    collaboration(slug: $slug) {
      id
      slug
      title
      goal
      location
      remote
      values {
        weight
        value {
          slug
          name
        }
      }
      impact {
        outcomeSummary {
          total
          measured
          onTrack
          reached
        }
        outcomes {
          id
          name
          unit
          baseline
          target
          values {
            slug
            name
          }
          ...OutcomeProgress_outcome
          ...WhatItTook_outcome
          measurements(first: 100) {
            totalCount
            edges {
              node {
                id
                value
                measuredAt
                current
              }
            }
          }
        }
        totals {
          ...Totals_total
        }
        monthly {
          ...MonthlySection_point
        }
        reportContributors {
          label
          person {
            handle
          }
          given {
            ...Given_total
          }
        }
      }
    }
  }
`);
