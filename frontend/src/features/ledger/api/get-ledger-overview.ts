import { graphql } from '../../../gql';

export const GetLedgerOverview = graphql(`
  query GetLedgerOverview($slug: String!) {
    collaboration(slug: $slug) {
      id
      ...LedgerSection_collaboration
    }
    viewer {
      id
    }
  }
`);
