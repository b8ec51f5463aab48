import { graphql } from '../../../gql';

export const LogContribution = graphql(`
  mutation LogContribution($input: LogContributionInput!) {
    logContribution(input: $input) {
      contribution {
        id
        status
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
