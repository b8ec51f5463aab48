import { graphql } from '../../../gql';

export const GetValueCatalog = graphql(`
  query GetValueCatalog($search: String, $first: Int, $after: String) {
    values(search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...CatalogItem_value
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
