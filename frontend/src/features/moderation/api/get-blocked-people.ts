import { graphql } from '../../../gql';

export const GetBlockedPeople = graphql(`
  query GetBlockedPeople {
    viewer {
      id
      blockedPeople(first: 100) {
        totalCount
        edges {
          node {
            personId
            blockedAt
            person {
              id
              handle
              displayName
            }
          }
        }
      }
    }
  }
`);
