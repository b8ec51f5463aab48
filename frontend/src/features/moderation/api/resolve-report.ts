import { graphql } from '../../../gql';

export const ResolveReport = graphql(`
  mutation ResolveReport($input: ResolveReportInput!) {
    resolveReport(input: $input) {
      report {
        id
        status
      }
    }
  }
`);
