import { graphql } from '../../../gql';

export const ConfirmContribution = graphql(`
  mutation ConfirmContribution($input: ContributionActionInput!) {
    confirmContribution(input: $input) {
      contribution {
        id
        status
        viewerCanConfirm
        confirmedAt
        confirmedBy {
          id
          displayName
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
