import { graphql } from '../../../gql';

/** Discovery's needs for the viewer, a page that grows in place. */
export const GetNeedsForYou = graphql(`
  query GetNeedsForYou($first: Int) {
    viewer {
      id
      needsForYou(first: $first) {
        ...NeedsForYouList_page
      }
    }
  }
`);
