import { graphql } from '../../../gql';

export const SetMyValue = graphql(`
  mutation SetMyValue($input: SetMyValueInput!) {
    setMyValue(input: $input) {
      personValue {
        id
        strength
        statement
      }
    }
  }
`);
