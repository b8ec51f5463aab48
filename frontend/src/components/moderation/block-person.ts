import { graphql } from '../../gql';

export const BlockPerson = graphql(`
  mutation BlockPerson($input: BlockPersonInput!) {
    blockPerson(input: $input) {
      person {
        id
        viewerHasBlocked
      }
    }
  }
`);

export const UnblockPerson = graphql(`
  mutation UnblockPerson($input: BlockPersonInput!) {
    unblockPerson(input: $input) {
      person {
        id
        viewerHasBlocked
      }
    }
  }
`);
