import { graphql } from '../../../gql';

export const RemoveMyValue = graphql(`
  mutation RemoveMyValue($input: RemoveMyValueInput!) {
    removeMyValue(input: $input) {
      removedPersonValueId
      person {
        id
      }
    }
  }
`);
