/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        values {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut {\n      sessionsEnded\n    }\n  }\n": typeof types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation AddNeed($input: AddNeedInput!) {\n    addNeed(input: $input) {\n      need {\n        id\n        filled\n        pledgedShare\n      }\n    }\n  }\n": typeof types.AddNeedDocument,
    "\n  mutation ApproveMember($input: MembershipActionInput!) {\n    approveMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.ApproveMemberDocument,
    "\n  mutation CreateCollaboration($input: CreateCollaborationInput!) {\n    createCollaboration(input: $input) {\n      collaboration {\n        id\n        slug\n        viewerMembership {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.CreateCollaborationDocument,
    "\n  mutation DeclineInvitation($input: MembershipActionInput!) {\n    declineInvitation(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  mutation DeclineMember($input: MembershipActionInput!) {\n    declineMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.DeclineMemberDocument,
    "\n  mutation DemoteMember($input: MembershipActionInput!) {\n    demoteMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.DemoteMemberDocument,
    "\n  query GetCollaborationToEdit($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      visibility\n      location\n      remote\n      startsAt\n      endsAt\n      viewerMembership {\n        id\n        role\n        status\n      }\n      values {\n        weight\n        value {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.GetCollaborationToEditDocument,
    "\n  query GetCollaborationToJoin($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      memberCount\n      viewerMembership {\n        id\n        status\n        role\n      }\n      needs {\n        id\n        filled\n        skill\n        description\n        pledgedShare\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n      }\n    }\n  }\n": typeof types.GetCollaborationToJoinDocument,
    "\n  query GetCollaboration($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      status\n      viewerMembership {\n        id\n        role\n        status\n      }\n      ...CollaborationHeader_collaboration\n      ...ViewerPanel_collaboration\n      ...StewardPanel_collaboration\n      ...NeedList_collaboration\n      ...MemberList_collaboration\n      ...GoalHistory_collaboration\n    }\n    viewer {\n      id\n    }\n  }\n": typeof types.GetCollaborationDocument,
    "\n  query GetMyCollaborations {\n    viewer {\n      id\n      memberships {\n        id\n        status\n        ...MyMembership_membership\n      }\n    }\n  }\n": typeof types.GetMyCollaborationsDocument,
    "\n  query GetValueOptions($search: String) {\n    values(search: $search, first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n    viewer {\n      id\n      values {\n        id\n        strength\n        value {\n          id\n          name\n          description\n        }\n      }\n    }\n  }\n": typeof types.GetValueOptionsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation LeaveCollaboration($input: LeaveCollaborationInput!) {\n    leaveCollaboration(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.LeaveCollaborationDocument,
    "\n  mutation MakeCommitment($input: MakeCommitmentInput!) {\n    makeCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.MakeCommitmentDocument,
    "\n  mutation PromoteMember($input: MembershipActionInput!) {\n    promoteMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.PromoteMemberDocument,
    "\n  mutation ReleaseCommitment($input: CommitmentActionInput!) {\n    releaseCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.ReleaseCommitmentDocument,
    "\n  mutation RemoveMember($input: MembershipActionInput!) {\n    removeMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.RequestToJoinDocument,
    "\n  mutation ReviseCommitment($input: ReviseCommitmentInput!) {\n    reviseCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.ReviseCommitmentDocument,
    "\n  mutation SetCollaborationStatus($input: SetCollaborationStatusInput!) {\n    setCollaborationStatus(input: $input) {\n      collaboration {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SetCollaborationStatusDocument,
    "\n  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {\n    updateCollaboration(input: $input) {\n      collaboration {\n        id\n        slug\n        title\n        goal\n        visibility\n        location\n        remote\n        startsAt\n        endsAt\n        values {\n          weight\n          value {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UpdateCollaborationDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      need {\n        id\n        filled\n        skill\n        description\n        pledgedShare\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n      }\n    }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  mutation WithdrawCommitment($input: CommitmentActionInput!) {\n    withdrawCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.WithdrawCommitmentDocument,
    "\n  fragment CollaborationHeader_collaboration on Collaboration {\n    title\n    goal\n    status\n    visibility\n    location\n    remote\n    startsAt\n    endsAt\n    memberCount\n    createdBy {\n      id\n      handle\n      displayName\n    }\n    values {\n      weight\n      value {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.CollaborationHeader_CollaborationFragmentDoc,
    "\n  fragment CommitmentItem_commitment on Commitment {\n    id\n    status\n    description\n    dueAt\n    behind\n    quantity {\n      kind\n      amount\n      unit\n      currency\n    }\n    condition {\n      kind\n      threshold\n    }\n    need {\n      id\n      skill\n      description\n      quantity {\n        kind\n        amount\n        unit\n        currency\n      }\n    }\n    fulfilment {\n      confirmedRatio\n      withUnconfirmedRatio\n      committed {\n        kind\n        amount\n        unit\n        currency\n      }\n      confirmed {\n        kind\n        amount\n        unit\n        currency\n      }\n      unconfirmed {\n        kind\n        amount\n        unit\n        currency\n      }\n    }\n  }\n": typeof types.CommitmentItem_CommitmentFragmentDoc,
    "\n  fragment GoalHistory_collaboration on Collaboration {\n    goalHistory {\n      goal\n      createdAt\n      setBy {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n": typeof types.GoalHistory_CollaborationFragmentDoc,
    "\n  fragment MemberItem_membership on Membership {\n    id\n    role\n    status\n    reciprocity\n    behind\n    person {\n      id\n      handle\n      displayName\n    }\n    invitedBy {\n      id\n      displayName\n    }\n    commitments {\n      id\n      status\n      ...CommitmentItem_commitment\n    }\n  }\n": typeof types.MemberItem_MembershipFragmentDoc,
    "\n  fragment MemberList_collaboration on Collaboration {\n    id\n    viewerMembership {\n      id\n      role\n      status\n    }\n    members {\n      id\n      status\n      ...MemberItem_membership\n    }\n  }\n": typeof types.MemberList_CollaborationFragmentDoc,
    "\n  fragment MyMembership_membership on Membership {\n    id\n    role\n    status\n    reciprocity\n    behind\n    commitments {\n      id\n      status\n    }\n    collaboration {\n      id\n      slug\n      title\n      goal\n      status\n      memberCount\n    }\n  }\n": typeof types.MyMembership_MembershipFragmentDoc,
    "\n  fragment NeedItem_need on Need {\n    id\n    filled\n    skill\n    description\n    pledgedShare\n    quantity {\n      kind\n      amount\n      unit\n      currency\n    }\n    pledged {\n      kind\n      amount\n      unit\n      currency\n    }\n    bound {\n      kind\n      amount\n      unit\n      currency\n    }\n    commitments {\n      id\n    }\n  }\n": typeof types.NeedItem_NeedFragmentDoc,
    "\n  fragment NeedList_collaboration on Collaboration {\n    id\n    status\n    needs {\n      id\n      filled\n      ...NeedItem_need\n    }\n  }\n": typeof types.NeedList_CollaborationFragmentDoc,
    "\n  fragment StewardPanel_collaboration on Collaboration {\n    id\n    slug\n    status\n  }\n": typeof types.StewardPanel_CollaborationFragmentDoc,
    "\n  fragment ViewerPanel_collaboration on Collaboration {\n    id\n    slug\n    title\n    status\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n": typeof types.ViewerPanel_CollaborationFragmentDoc,
    "\n  query GetPerson($handle: String!) {\n    person(handle: $handle) {\n      id\n      handle\n      displayName\n      ...PersonProfile_person\n      ...PersonValues_person\n    }\n    viewer {\n      id\n    }\n  }\n": typeof types.GetPersonDocument,
    "\n  fragment PersonProfile_person on Person {\n    handle\n    displayName\n    bio\n    location\n    remoteFriendly\n    skills\n    visibility\n    createdAt\n  }\n": typeof types.PersonProfile_PersonFragmentDoc,
    "\n  fragment PersonValues_person on Person {\n    displayName\n    values {\n      id\n      strength\n      statement\n      value {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.PersonValues_PersonFragmentDoc,
    "\n  query GetMyProfile {\n    viewer {\n      id\n      ...EditProfileForm_person\n    }\n  }\n": typeof types.GetMyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      person {\n        id\n        ...EditProfileForm_person\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  fragment EditProfileForm_person on Person {\n    handle\n    displayName\n    bio\n    location\n    remoteFriendly\n    skills\n    visibility\n  }\n": typeof types.EditProfileForm_PersonFragmentDoc,
    "\n  query GetMyValues {\n    viewer {\n      id\n      handle\n      values {\n        id\n        strength\n        statement\n        value {\n          id\n          name\n          description\n        }\n      }\n    }\n  }\n": typeof types.GetMyValuesDocument,
    "\n  query GetValueCatalog($search: String, $first: Int, $after: String) {\n    values(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CatalogItem_value\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GetValueCatalogDocument,
    "\n  mutation RemoveMyValue($input: RemoveMyValueInput!) {\n    removeMyValue(input: $input) {\n      removedPersonValueId\n      person {\n        id\n      }\n    }\n  }\n": typeof types.RemoveMyValueDocument,
    "\n  mutation SetMyValue($input: SetMyValueInput!) {\n    setMyValue(input: $input) {\n      personValue {\n        id\n        strength\n        statement\n      }\n    }\n  }\n": typeof types.SetMyValueDocument,
    "\n  fragment CatalogItem_value on Value {\n    id\n    name\n    description\n    holderCount\n  }\n": typeof types.CatalogItem_ValueFragmentDoc,
    "\n  query GetViewer {\n    viewer {\n      id\n      handle\n      displayName\n      values {\n        id\n      }\n    }\n  }\n": typeof types.GetViewerDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        values {\n          id\n        }\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut {\n      sessionsEnded\n    }\n  }\n": types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation AddNeed($input: AddNeedInput!) {\n    addNeed(input: $input) {\n      need {\n        id\n        filled\n        pledgedShare\n      }\n    }\n  }\n": types.AddNeedDocument,
    "\n  mutation ApproveMember($input: MembershipActionInput!) {\n    approveMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.ApproveMemberDocument,
    "\n  mutation CreateCollaboration($input: CreateCollaborationInput!) {\n    createCollaboration(input: $input) {\n      collaboration {\n        id\n        slug\n        viewerMembership {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.CreateCollaborationDocument,
    "\n  mutation DeclineInvitation($input: MembershipActionInput!) {\n    declineInvitation(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.DeclineInvitationDocument,
    "\n  mutation DeclineMember($input: MembershipActionInput!) {\n    declineMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.DeclineMemberDocument,
    "\n  mutation DemoteMember($input: MembershipActionInput!) {\n    demoteMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.DemoteMemberDocument,
    "\n  query GetCollaborationToEdit($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      visibility\n      location\n      remote\n      startsAt\n      endsAt\n      viewerMembership {\n        id\n        role\n        status\n      }\n      values {\n        weight\n        value {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.GetCollaborationToEditDocument,
    "\n  query GetCollaborationToJoin($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      memberCount\n      viewerMembership {\n        id\n        status\n        role\n      }\n      needs {\n        id\n        filled\n        skill\n        description\n        pledgedShare\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n      }\n    }\n  }\n": types.GetCollaborationToJoinDocument,
    "\n  query GetCollaboration($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      status\n      viewerMembership {\n        id\n        role\n        status\n      }\n      ...CollaborationHeader_collaboration\n      ...ViewerPanel_collaboration\n      ...StewardPanel_collaboration\n      ...NeedList_collaboration\n      ...MemberList_collaboration\n      ...GoalHistory_collaboration\n    }\n    viewer {\n      id\n    }\n  }\n": types.GetCollaborationDocument,
    "\n  query GetMyCollaborations {\n    viewer {\n      id\n      memberships {\n        id\n        status\n        ...MyMembership_membership\n      }\n    }\n  }\n": types.GetMyCollaborationsDocument,
    "\n  query GetValueOptions($search: String) {\n    values(search: $search, first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n    viewer {\n      id\n      values {\n        id\n        strength\n        value {\n          id\n          name\n          description\n        }\n      }\n    }\n  }\n": types.GetValueOptionsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation LeaveCollaboration($input: LeaveCollaborationInput!) {\n    leaveCollaboration(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.LeaveCollaborationDocument,
    "\n  mutation MakeCommitment($input: MakeCommitmentInput!) {\n    makeCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.MakeCommitmentDocument,
    "\n  mutation PromoteMember($input: MembershipActionInput!) {\n    promoteMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.PromoteMemberDocument,
    "\n  mutation ReleaseCommitment($input: CommitmentActionInput!) {\n    releaseCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.ReleaseCommitmentDocument,
    "\n  mutation RemoveMember($input: MembershipActionInput!) {\n    removeMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.RequestToJoinDocument,
    "\n  mutation ReviseCommitment($input: ReviseCommitmentInput!) {\n    reviseCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.ReviseCommitmentDocument,
    "\n  mutation SetCollaborationStatus($input: SetCollaborationStatusInput!) {\n    setCollaborationStatus(input: $input) {\n      collaboration {\n        id\n        status\n      }\n    }\n  }\n": types.SetCollaborationStatusDocument,
    "\n  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {\n    updateCollaboration(input: $input) {\n      collaboration {\n        id\n        slug\n        title\n        goal\n        visibility\n        location\n        remote\n        startsAt\n        endsAt\n        values {\n          weight\n          value {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UpdateCollaborationDocument,
    "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      need {\n        id\n        filled\n        skill\n        description\n        pledgedShare\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n      }\n    }\n  }\n": types.UpdateNeedDocument,
    "\n  mutation WithdrawCommitment($input: CommitmentActionInput!) {\n    withdrawCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.WithdrawCommitmentDocument,
    "\n  fragment CollaborationHeader_collaboration on Collaboration {\n    title\n    goal\n    status\n    visibility\n    location\n    remote\n    startsAt\n    endsAt\n    memberCount\n    createdBy {\n      id\n      handle\n      displayName\n    }\n    values {\n      weight\n      value {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.CollaborationHeader_CollaborationFragmentDoc,
    "\n  fragment CommitmentItem_commitment on Commitment {\n    id\n    status\n    description\n    dueAt\n    behind\n    quantity {\n      kind\n      amount\n      unit\n      currency\n    }\n    condition {\n      kind\n      threshold\n    }\n    need {\n      id\n      skill\n      description\n      quantity {\n        kind\n        amount\n        unit\n        currency\n      }\n    }\n    fulfilment {\n      confirmedRatio\n      withUnconfirmedRatio\n      committed {\n        kind\n        amount\n        unit\n        currency\n      }\n      confirmed {\n        kind\n        amount\n        unit\n        currency\n      }\n      unconfirmed {\n        kind\n        amount\n        unit\n        currency\n      }\n    }\n  }\n": types.CommitmentItem_CommitmentFragmentDoc,
    "\n  fragment GoalHistory_collaboration on Collaboration {\n    goalHistory {\n      goal\n      createdAt\n      setBy {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n": types.GoalHistory_CollaborationFragmentDoc,
    "\n  fragment MemberItem_membership on Membership {\n    id\n    role\n    status\n    reciprocity\n    behind\n    person {\n      id\n      handle\n      displayName\n    }\n    invitedBy {\n      id\n      displayName\n    }\n    commitments {\n      id\n      status\n      ...CommitmentItem_commitment\n    }\n  }\n": types.MemberItem_MembershipFragmentDoc,
    "\n  fragment MemberList_collaboration on Collaboration {\n    id\n    viewerMembership {\n      id\n      role\n      status\n    }\n    members {\n      id\n      status\n      ...MemberItem_membership\n    }\n  }\n": types.MemberList_CollaborationFragmentDoc,
    "\n  fragment MyMembership_membership on Membership {\n    id\n    role\n    status\n    reciprocity\n    behind\n    commitments {\n      id\n      status\n    }\n    collaboration {\n      id\n      slug\n      title\n      goal\n      status\n      memberCount\n    }\n  }\n": types.MyMembership_MembershipFragmentDoc,
    "\n  fragment NeedItem_need on Need {\n    id\n    filled\n    skill\n    description\n    pledgedShare\n    quantity {\n      kind\n      amount\n      unit\n      currency\n    }\n    pledged {\n      kind\n      amount\n      unit\n      currency\n    }\n    bound {\n      kind\n      amount\n      unit\n      currency\n    }\n    commitments {\n      id\n    }\n  }\n": types.NeedItem_NeedFragmentDoc,
    "\n  fragment NeedList_collaboration on Collaboration {\n    id\n    status\n    needs {\n      id\n      filled\n      ...NeedItem_need\n    }\n  }\n": types.NeedList_CollaborationFragmentDoc,
    "\n  fragment StewardPanel_collaboration on Collaboration {\n    id\n    slug\n    status\n  }\n": types.StewardPanel_CollaborationFragmentDoc,
    "\n  fragment ViewerPanel_collaboration on Collaboration {\n    id\n    slug\n    title\n    status\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n": types.ViewerPanel_CollaborationFragmentDoc,
    "\n  query GetPerson($handle: String!) {\n    person(handle: $handle) {\n      id\n      handle\n      displayName\n      ...PersonProfile_person\n      ...PersonValues_person\n    }\n    viewer {\n      id\n    }\n  }\n": types.GetPersonDocument,
    "\n  fragment PersonProfile_person on Person {\n    handle\n    displayName\n    bio\n    location\n    remoteFriendly\n    skills\n    visibility\n    createdAt\n  }\n": types.PersonProfile_PersonFragmentDoc,
    "\n  fragment PersonValues_person on Person {\n    displayName\n    values {\n      id\n      strength\n      statement\n      value {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.PersonValues_PersonFragmentDoc,
    "\n  query GetMyProfile {\n    viewer {\n      id\n      ...EditProfileForm_person\n    }\n  }\n": types.GetMyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      person {\n        id\n        ...EditProfileForm_person\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  fragment EditProfileForm_person on Person {\n    handle\n    displayName\n    bio\n    location\n    remoteFriendly\n    skills\n    visibility\n  }\n": types.EditProfileForm_PersonFragmentDoc,
    "\n  query GetMyValues {\n    viewer {\n      id\n      handle\n      values {\n        id\n        strength\n        statement\n        value {\n          id\n          name\n          description\n        }\n      }\n    }\n  }\n": types.GetMyValuesDocument,
    "\n  query GetValueCatalog($search: String, $first: Int, $after: String) {\n    values(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CatalogItem_value\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GetValueCatalogDocument,
    "\n  mutation RemoveMyValue($input: RemoveMyValueInput!) {\n    removeMyValue(input: $input) {\n      removedPersonValueId\n      person {\n        id\n      }\n    }\n  }\n": types.RemoveMyValueDocument,
    "\n  mutation SetMyValue($input: SetMyValueInput!) {\n    setMyValue(input: $input) {\n      personValue {\n        id\n        strength\n        statement\n      }\n    }\n  }\n": types.SetMyValueDocument,
    "\n  fragment CatalogItem_value on Value {\n    id\n    name\n    description\n    holderCount\n  }\n": types.CatalogItem_ValueFragmentDoc,
    "\n  query GetViewer {\n    viewer {\n      id\n      handle\n      displayName\n      values {\n        id\n      }\n    }\n  }\n": types.GetViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        values {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        values {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut {\n      sessionsEnded\n    }\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut {\n      sessionsEnded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNeed($input: AddNeedInput!) {\n    addNeed(input: $input) {\n      need {\n        id\n        filled\n        pledgedShare\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddNeed($input: AddNeedInput!) {\n    addNeed(input: $input) {\n      need {\n        id\n        filled\n        pledgedShare\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMember($input: MembershipActionInput!) {\n    approveMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMember($input: MembershipActionInput!) {\n    approveMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCollaboration($input: CreateCollaborationInput!) {\n    createCollaboration(input: $input) {\n      collaboration {\n        id\n        slug\n        viewerMembership {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCollaboration($input: CreateCollaborationInput!) {\n    createCollaboration(input: $input) {\n      collaboration {\n        id\n        slug\n        viewerMembership {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($input: MembershipActionInput!) {\n    declineInvitation(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineInvitation($input: MembershipActionInput!) {\n    declineInvitation(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineMember($input: MembershipActionInput!) {\n    declineMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineMember($input: MembershipActionInput!) {\n    declineMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoteMember($input: MembershipActionInput!) {\n    demoteMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DemoteMember($input: MembershipActionInput!) {\n    demoteMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCollaborationToEdit($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      visibility\n      location\n      remote\n      startsAt\n      endsAt\n      viewerMembership {\n        id\n        role\n        status\n      }\n      values {\n        weight\n        value {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetCollaborationToEdit($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      visibility\n      location\n      remote\n      startsAt\n      endsAt\n      viewerMembership {\n        id\n        role\n        status\n      }\n      values {\n        weight\n        value {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCollaborationToJoin($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      memberCount\n      viewerMembership {\n        id\n        status\n        role\n      }\n      needs {\n        id\n        filled\n        skill\n        description\n        pledgedShare\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetCollaborationToJoin($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      memberCount\n      viewerMembership {\n        id\n        status\n        role\n      }\n      needs {\n        id\n        filled\n        skill\n        description\n        pledgedShare\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCollaboration($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      status\n      viewerMembership {\n        id\n        role\n        status\n      }\n      ...CollaborationHeader_collaboration\n      ...ViewerPanel_collaboration\n      ...StewardPanel_collaboration\n      ...NeedList_collaboration\n      ...MemberList_collaboration\n      ...GoalHistory_collaboration\n    }\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query GetCollaboration($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      status\n      viewerMembership {\n        id\n        role\n        status\n      }\n      ...CollaborationHeader_collaboration\n      ...ViewerPanel_collaboration\n      ...StewardPanel_collaboration\n      ...NeedList_collaboration\n      ...MemberList_collaboration\n      ...GoalHistory_collaboration\n    }\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetMyCollaborations {\n    viewer {\n      id\n      memberships {\n        id\n        status\n        ...MyMembership_membership\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetMyCollaborations {\n    viewer {\n      id\n      memberships {\n        id\n        status\n        ...MyMembership_membership\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetValueOptions($search: String) {\n    values(search: $search, first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n    viewer {\n      id\n      values {\n        id\n        strength\n        value {\n          id\n          name\n          description\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetValueOptions($search: String) {\n    values(search: $search, first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n    viewer {\n      id\n      values {\n        id\n        strength\n        value {\n          id\n          name\n          description\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveCollaboration($input: LeaveCollaborationInput!) {\n    leaveCollaboration(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveCollaboration($input: LeaveCollaborationInput!) {\n    leaveCollaboration(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MakeCommitment($input: MakeCommitmentInput!) {\n    makeCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MakeCommitment($input: MakeCommitmentInput!) {\n    makeCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromoteMember($input: MembershipActionInput!) {\n    promoteMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PromoteMember($input: MembershipActionInput!) {\n    promoteMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseCommitment($input: CommitmentActionInput!) {\n    releaseCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseCommitment($input: CommitmentActionInput!) {\n    releaseCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: MembershipActionInput!) {\n    removeMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: MembershipActionInput!) {\n    removeMember(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      membership {\n        id\n        role\n        status\n        commitments {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseCommitment($input: ReviseCommitmentInput!) {\n    reviseCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseCommitment($input: ReviseCommitmentInput!) {\n    reviseCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCollaborationStatus($input: SetCollaborationStatusInput!) {\n    setCollaborationStatus(input: $input) {\n      collaboration {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCollaborationStatus($input: SetCollaborationStatusInput!) {\n    setCollaborationStatus(input: $input) {\n      collaboration {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {\n    updateCollaboration(input: $input) {\n      collaboration {\n        id\n        slug\n        title\n        goal\n        visibility\n        location\n        remote\n        startsAt\n        endsAt\n        values {\n          weight\n          value {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {\n    updateCollaboration(input: $input) {\n      collaboration {\n        id\n        slug\n        title\n        goal\n        visibility\n        location\n        remote\n        startsAt\n        endsAt\n        values {\n          weight\n          value {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      need {\n        id\n        filled\n        skill\n        description\n        pledgedShare\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNeed($input: UpdateNeedInput!) {\n    updateNeed(input: $input) {\n      need {\n        id\n        filled\n        skill\n        description\n        pledgedShare\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCommitment($input: CommitmentActionInput!) {\n    withdrawCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawCommitment($input: CommitmentActionInput!) {\n    withdrawCommitment(input: $input) {\n      commitment {\n        id\n        status\n        quantity {\n          kind\n          amount\n          unit\n          currency\n        }\n        membership {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollaborationHeader_collaboration on Collaboration {\n    title\n    goal\n    status\n    visibility\n    location\n    remote\n    startsAt\n    endsAt\n    memberCount\n    createdBy {\n      id\n      handle\n      displayName\n    }\n    values {\n      weight\n      value {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CollaborationHeader_collaboration on Collaboration {\n    title\n    goal\n    status\n    visibility\n    location\n    remote\n    startsAt\n    endsAt\n    memberCount\n    createdBy {\n      id\n      handle\n      displayName\n    }\n    values {\n      weight\n      value {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitmentItem_commitment on Commitment {\n    id\n    status\n    description\n    dueAt\n    behind\n    quantity {\n      kind\n      amount\n      unit\n      currency\n    }\n    condition {\n      kind\n      threshold\n    }\n    need {\n      id\n      skill\n      description\n      quantity {\n        kind\n        amount\n        unit\n        currency\n      }\n    }\n    fulfilment {\n      confirmedRatio\n      withUnconfirmedRatio\n      committed {\n        kind\n        amount\n        unit\n        currency\n      }\n      confirmed {\n        kind\n        amount\n        unit\n        currency\n      }\n      unconfirmed {\n        kind\n        amount\n        unit\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommitmentItem_commitment on Commitment {\n    id\n    status\n    description\n    dueAt\n    behind\n    quantity {\n      kind\n      amount\n      unit\n      currency\n    }\n    condition {\n      kind\n      threshold\n    }\n    need {\n      id\n      skill\n      description\n      quantity {\n        kind\n        amount\n        unit\n        currency\n      }\n    }\n    fulfilment {\n      confirmedRatio\n      withUnconfirmedRatio\n      committed {\n        kind\n        amount\n        unit\n        currency\n      }\n      confirmed {\n        kind\n        amount\n        unit\n        currency\n      }\n      unconfirmed {\n        kind\n        amount\n        unit\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalHistory_collaboration on Collaboration {\n    goalHistory {\n      goal\n      createdAt\n      setBy {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GoalHistory_collaboration on Collaboration {\n    goalHistory {\n      goal\n      createdAt\n      setBy {\n        id\n        handle\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberItem_membership on Membership {\n    id\n    role\n    status\n    reciprocity\n    behind\n    person {\n      id\n      handle\n      displayName\n    }\n    invitedBy {\n      id\n      displayName\n    }\n    commitments {\n      id\n      status\n      ...CommitmentItem_commitment\n    }\n  }\n"): (typeof documents)["\n  fragment MemberItem_membership on Membership {\n    id\n    role\n    status\n    reciprocity\n    behind\n    person {\n      id\n      handle\n      displayName\n    }\n    invitedBy {\n      id\n      displayName\n    }\n    commitments {\n      id\n      status\n      ...CommitmentItem_commitment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberList_collaboration on Collaboration {\n    id\n    viewerMembership {\n      id\n      role\n      status\n    }\n    members {\n      id\n      status\n      ...MemberItem_membership\n    }\n  }\n"): (typeof documents)["\n  fragment MemberList_collaboration on Collaboration {\n    id\n    viewerMembership {\n      id\n      role\n      status\n    }\n    members {\n      id\n      status\n      ...MemberItem_membership\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyMembership_membership on Membership {\n    id\n    role\n    status\n    reciprocity\n    behind\n    commitments {\n      id\n      status\n    }\n    collaboration {\n      id\n      slug\n      title\n      goal\n      status\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  fragment MyMembership_membership on Membership {\n    id\n    role\n    status\n    reciprocity\n    behind\n    commitments {\n      id\n      status\n    }\n    collaboration {\n      id\n      slug\n      title\n      goal\n      status\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedItem_need on Need {\n    id\n    filled\n    skill\n    description\n    pledgedShare\n    quantity {\n      kind\n      amount\n      unit\n      currency\n    }\n    pledged {\n      kind\n      amount\n      unit\n      currency\n    }\n    bound {\n      kind\n      amount\n      unit\n      currency\n    }\n    commitments {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment NeedItem_need on Need {\n    id\n    filled\n    skill\n    description\n    pledgedShare\n    quantity {\n      kind\n      amount\n      unit\n      currency\n    }\n    pledged {\n      kind\n      amount\n      unit\n      currency\n    }\n    bound {\n      kind\n      amount\n      unit\n      currency\n    }\n    commitments {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedList_collaboration on Collaboration {\n    id\n    status\n    needs {\n      id\n      filled\n      ...NeedItem_need\n    }\n  }\n"): (typeof documents)["\n  fragment NeedList_collaboration on Collaboration {\n    id\n    status\n    needs {\n      id\n      filled\n      ...NeedItem_need\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StewardPanel_collaboration on Collaboration {\n    id\n    slug\n    status\n  }\n"): (typeof documents)["\n  fragment StewardPanel_collaboration on Collaboration {\n    id\n    slug\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerPanel_collaboration on Collaboration {\n    id\n    slug\n    title\n    status\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerPanel_collaboration on Collaboration {\n    id\n    slug\n    title\n    status\n    viewerMembership {\n      id\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetPerson($handle: String!) {\n    person(handle: $handle) {\n      id\n      handle\n      displayName\n      ...PersonProfile_person\n      ...PersonValues_person\n    }\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query GetPerson($handle: String!) {\n    person(handle: $handle) {\n      id\n      handle\n      displayName\n      ...PersonProfile_person\n      ...PersonValues_person\n    }\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonProfile_person on Person {\n    handle\n    displayName\n    bio\n    location\n    remoteFriendly\n    skills\n    visibility\n    createdAt\n  }\n"): (typeof documents)["\n  fragment PersonProfile_person on Person {\n    handle\n    displayName\n    bio\n    location\n    remoteFriendly\n    skills\n    visibility\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonValues_person on Person {\n    displayName\n    values {\n      id\n      strength\n      statement\n      value {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PersonValues_person on Person {\n    displayName\n    values {\n      id\n      strength\n      statement\n      value {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetMyProfile {\n    viewer {\n      id\n      ...EditProfileForm_person\n    }\n  }\n"): (typeof documents)["\n  query GetMyProfile {\n    viewer {\n      id\n      ...EditProfileForm_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      person {\n        id\n        ...EditProfileForm_person\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      person {\n        id\n        ...EditProfileForm_person\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditProfileForm_person on Person {\n    handle\n    displayName\n    bio\n    location\n    remoteFriendly\n    skills\n    visibility\n  }\n"): (typeof documents)["\n  fragment EditProfileForm_person on Person {\n    handle\n    displayName\n    bio\n    location\n    remoteFriendly\n    skills\n    visibility\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetMyValues {\n    viewer {\n      id\n      handle\n      values {\n        id\n        strength\n        statement\n        value {\n          id\n          name\n          description\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetMyValues {\n    viewer {\n      id\n      handle\n      values {\n        id\n        strength\n        statement\n        value {\n          id\n          name\n          description\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetValueCatalog($search: String, $first: Int, $after: String) {\n    values(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CatalogItem_value\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetValueCatalog($search: String, $first: Int, $after: String) {\n    values(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CatalogItem_value\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyValue($input: RemoveMyValueInput!) {\n    removeMyValue(input: $input) {\n      removedPersonValueId\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMyValue($input: RemoveMyValueInput!) {\n    removeMyValue(input: $input) {\n      removedPersonValueId\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyValue($input: SetMyValueInput!) {\n    setMyValue(input: $input) {\n      personValue {\n        id\n        strength\n        statement\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyValue($input: SetMyValueInput!) {\n    setMyValue(input: $input) {\n      personValue {\n        id\n        strength\n        statement\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogItem_value on Value {\n    id\n    name\n    description\n    holderCount\n  }\n"): (typeof documents)["\n  fragment CatalogItem_value on Value {\n    id\n    name\n    description\n    holderCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetViewer {\n    viewer {\n      id\n      handle\n      displayName\n      values {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetViewer {\n    viewer {\n      id\n      handle\n      displayName\n      values {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;