import { graphql } from '../../../gql';

export const ReverseContribution = graphql(`
  mutation ReverseContribution($input: ReverseContributionInput!) {
    reverseContribution(input: $input) {
      contribution {
        id
        status
        reverses {
          id
          status
        }
        commitment {
          id
          fulfilment {
            confirmedRatio
            withUnconfirmedRatio
          }
        }
      }
    }
  }
`);
