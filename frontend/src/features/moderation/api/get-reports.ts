import { graphql } from '../../../gql';

export const GetReports = graphql(`
  query GetReports($status: ReportStatus, $after: String) {
    viewer {
      id
      role
    }
    reports(status: $status, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...ReportItem_report
        }
      }
    }
  }
`);
