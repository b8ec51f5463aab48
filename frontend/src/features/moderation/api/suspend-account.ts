import { graphql } from '../../../gql';

export const SuspendAccount = graphql(`
  mutation SuspendAccount($input: SuspendAccountInput!) {
    suspendAccount(input: $input) {
      person {
        id
        suspension {
          reason
          suspendedAt
        }
      }
    }
  }
`);

export const RestoreAccount = graphql(`
  mutation RestoreAccount($input: RestoreAccountInput!) {
    restoreAccount(input: $input) {
      person {
        id
        suspension {
          reason
          suspendedAt
        }
      }
    }
  }
`);
