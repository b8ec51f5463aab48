import { graphql } from '../../../gql';

export const GetCollaborationImpact = graphql(`
  query GetCollaborationImpact($slug: String!) {
    viewer {
      id
    }
    collaboration(slug: $slug) {
      id
      slug
      title
      status
      visibility
      viewerMembership {
        id
        role
        status
      }
      impact {
        outcomeSummary {
          total
          measured
          onTrack
          reached
        }
        outcomes {
          id
          ...OutcomeCard_outcome
        }
        totals {
          ...Totals_total
        }
        byMember {
          ...MemberContributions_member
        }
        monthly {
          ...MonthlySection_point
        }
        linkedShare {
          ...LinkedShare_share
        }
      }
    }
  }
`);
