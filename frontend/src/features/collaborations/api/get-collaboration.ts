import { graphql } from '../../../gql';

export const GetCollaboration = graphql(`
  query GetCollaboration($slug: String!) {
    collaboration(slug: $slug) {
      id
      slug
      title
      status
      viewerMembership {
        id
        role
        status
      }
      ...CollaborationHeader_collaboration
      ...ViewerPanel_collaboration
      ...StewardPanel_collaboration
      ...NeedList_collaboration
      ...MemberList_collaboration
      ...GoalHistory_collaboration
    }
    viewer {
      id
    }
  }
`);
