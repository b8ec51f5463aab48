import { graphql } from '../../../gql';

// The proposal in the answer makes urql's document cache reload the proposal's page, even
// when it showed no position before.
export const SetPosition = graphql(`
  mutation SetPosition($input: SetPositionInput!) {
    setPosition(input: $input) {
      position {
        id
        stance
        reason
        updatedAt
        proposal {
          id
        }
      }
    }
  }
`);
