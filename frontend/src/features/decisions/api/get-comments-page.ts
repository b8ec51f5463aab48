import { graphql } from '../../../gql';

/** A further page of a proposal's comments. */
export const GetCommentsPage = graphql(`
  query GetCommentsPage($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      id
      ... on Proposal {
        comments(first: 100, after: $after) {
          ...CommentList_connection
        }
      }
    }
  }
`);
