import { graphql } from '../../../gql';

/** A proposal by its global ID, with everything its page shows. */
export const GetProposal = graphql(`
  query GetProposal($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Proposal {
        kind
        decisionKind
        ...PollView_proposal
        title
        body
        proposedGoal
        proposedOutcome {
          name
          unit
          baseline
          target
          dueAt
        }
        outcome {
          id
          name
        }
        anonymous
        needs {
          ...ProposalNeeds_need
        }
        proposedQuorumShare
        closingReason
        decisionStatement
        decisionStatedAt
        reviewAt
        decisionStatedBy {
          id
          handle
          displayName
        }
        participation {
          ...ParticipationView_participation
        }
        closesAt
        closedAt
        createdAt
        status
        author {
          id
          handle
          displayName
        }
        collaboration {
          id
          slug
          title
          goal
          status
          quorumShare
          viewerMembership {
            id
            status
            role
          }
          members {
            id
            status
            person {
              id
              handle
              displayName
            }
          }
        }
        tally {
          ...TallyView_tally
        }
        positions {
          ...PositionList_position
        }
        viewerPosition {
          id
          stance
          reason
        }
        comments(first: 100) {
          ...CommentList_connection
        }
      }
    }
    viewer {
      id
    }
  }
`);
