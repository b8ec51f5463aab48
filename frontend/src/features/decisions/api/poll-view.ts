import { graphql } from '../../../gql';

/** What a poll's parts of the proposal page show: its options, the viewer's ballot, the result. */
export const PollView_proposal = graphql(`
  fragment PollView_proposal on Proposal {
    id
    title
    status
    decisionKind
    dotsPerMember
    options {
      key
      label
      startsAt
      endsAt
      timeZone
      localStart
      localEnd
      chosen
    }
    viewerBallot {
      marks {
        option
        score
        rank
        dots
        availability
      }
      updatedAt
    }
    results {
      ballots
      winners
      tie
      options {
        option
        total
        mean
        yes
        ifNeedBe
        no
      }
      rounds {
        counts {
          option
          votes
        }
        exhausted
        eliminated
        elected
      }
    }
  }
`);
