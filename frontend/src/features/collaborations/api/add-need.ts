import { graphql } from '../../../gql';

export const AddNeed = graphql(`
  mutation AddNeed($input: AddNeedInput!) {
    addNeed(input: $input) {
      need {
        id
        filled
        pledgedShare
      }
    }
  }
`);
