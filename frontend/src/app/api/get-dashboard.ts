import { graphql } from '../../gql';

/**
 * The whole dashboard in one request: each section's fragment, colocated with the
 * section, spread where its data lives (the viewer, the dashboard, the query root).
 */
export const GetDashboard = graphql(`
  query GetDashboard {
    viewer {
      id
      ...EmailNotice_person
      ...ImpactGlance_person
      ...NeedsForYou_person
    }
    dashboard {
      ...DashboardPage_dashboard
      ...AwaitingPositionSection_dashboard
      ...AnswersSection_dashboard
    }
    ...BestMatches_query
  }
`);
