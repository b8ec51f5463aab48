import { graphql } from '../../../gql';

export const GetDashboard = graphql(`
  query GetDashboard {
    viewer {
      id
      handle
      displayName
    }
    dashboard {
      awaitingMyConfirmation {
        id
        collaboration {
          id
          slug
          title
        }
        ...LedgerEntry_contribution
      }
      commitmentsDue {
        id
        ...DueCommitment_commitment
      }
    }
  }
`);
