import { graphql } from '../../../gql';

/** A page of a collaboration's proposals, newest first, in the statuses asked for. */
export const GetProposalsPage = graphql(`
  query GetProposalsPage($slug: String!, $status: [ProposalStatus!], $first: Int, $after: String) {
    collaboration(slug: $slug) {
      id
      proposals(status: $status, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            ...ProposalSummary_proposal
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
