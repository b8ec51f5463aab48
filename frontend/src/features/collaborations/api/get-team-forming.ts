import { graphql } from '../../../gql';

/** For stewards of a forming collaboration: the needs still uncovered and the proposed team. */
export const GetTeamForming = graphql(`
  query GetTeamForming($slug: String!) {
    collaboration(slug: $slug) {
      id
      status
      needs {
        id
        covered
        skill
        pledgedShare
        quantity {
          kind
          amount
          unit
          currency
        }
        pledged {
          kind
          amount
          unit
          currency
        }
      }
      proposedTeam {
        skills
        exact
        uncoverable
        totalAlignment
        members {
          alignment
          skills
          person {
            id
            handle
            displayName
          }
        }
      }
    }
  }
`);
