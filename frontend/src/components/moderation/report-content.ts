import { graphql } from '../../gql';

export const ReportContent = graphql(`
  mutation ReportContent($input: ReportContentInput!) {
    reportContent(input: $input) {
      report {
        id
        status
      }
    }
  }
`);
