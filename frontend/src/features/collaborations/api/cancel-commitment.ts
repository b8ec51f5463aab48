import { graphql } from '../../../gql';

export const CancelCommitment = graphql(`
  mutation CancelCommitment($input: CommitmentActionInput!) {
    cancelCommitment(input: $input) {
      commitment {
        id
        status
        recurrence {
          every
          startsOn
          endsOn
          cancelledAt
          timeZone
        }
      }
    }
  }
`);
