import { graphql } from '../../../gql';

export const UpdateNeed = graphql(`
  mutation UpdateNeed($input: UpdateNeedInput!) {
    updateNeed(input: $input) {
      need {
        id
        filled
        skill
        description
        pledgedShare
        quantity {
          kind
          amount
          unit
          currency
        }
      }
    }
  }
`);
