import { graphql } from '../../../gql';

// The proposal in the answer makes urql's document cache reload the proposal's page, with
// its participation as it now stands.
export const CastBallot = graphql(`
  mutation CastBallot($input: CastBallotInput!) {
    castBallot(input: $input) {
      ballot {
        updatedAt
      }
      proposal {
        id
        viewerBallot {
          updatedAt
        }
      }
    }
  }
`);
