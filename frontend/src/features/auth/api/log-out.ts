import { graphql } from '../../../gql';

export const LogOut = graphql(`
  mutation LogOut {
    logOut {
      sessionsEnded
    }
  }
`);
