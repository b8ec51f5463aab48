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
    "\n  fragment AccessTokenItem_token on AccessToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.AccessTokenItem_TokenFragmentDoc,
    "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n        ...AccessTokenItem_token\n      }\n    }\n  }\n": typeof types.CreateAccessTokenDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      deleted\n    }\n  }\n": typeof types.DeleteAccountDocument,
    "\n  query GetMyAccessTokens {\n    viewer {\n      id\n      accessTokens {\n        id\n        ...AccessTokenItem_token\n      }\n    }\n  }\n": typeof types.GetMyAccessTokensDocument,
    "\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      accessToken {\n        id\n        ...AccessTokenItem_token\n      }\n    }\n  }\n": typeof types.RevokeAccessTokenDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        values {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut {\n      sessionsEnded\n    }\n  }\n": typeof types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment ActivityItem_activity on Activity {\n    verb\n    subjectType\n    createdAt\n    actor {\n      handle\n      displayName\n    }\n    subject {\n      __typename\n      id\n      ... on Proposal {\n        title\n      }\n      ... on Position {\n        proposal {\n          id\n          title\n        }\n      }\n      ... on Comment {\n        proposal {\n          id\n          title\n        }\n      }\n      ... on Membership {\n        person {\n          handle\n          displayName\n        }\n      }\n      ... on Commitment {\n        description\n      }\n      ... on Contribution {\n        note\n      }\n      ... on Need {\n        description\n      }\n    }\n  }\n": typeof types.ActivityItem_ActivityFragmentDoc,
    "\n  mutation CommentOnProposal($input: CommentOnProposalInput!) {\n    commentOnProposal(input: $input) {\n      comment {\n        id\n        body\n        createdAt\n        proposal {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CommentOnProposalDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      proposal {\n        id\n        title\n        status\n        collaboration {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CreateProposalDocument,
    "\n  query GetActivity($slug: String!, $first: Int, $after: String) {\n    collaboration(slug: $slug) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...ActivityItem_activity\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GetActivityDocument,
    "\n  query GetCommentsPage($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Proposal {\n        comments(first: 100, after: $after) {\n          ...CommentList_connection\n        }\n      }\n    }\n  }\n": typeof types.GetCommentsPageDocument,
    "\n  query GetDecisions($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      viewerMembership {\n        id\n        status\n      }\n      committeeSignal {\n        ...CommitteeSignal_signal\n      }\n      goalHistory {\n        ...GoalHistory_revision\n      }\n    }\n  }\n": typeof types.GetDecisionsDocument,
    "\n  query GetProposal($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Proposal {\n        kind\n        title\n        body\n        proposedGoal\n        closesAt\n        closedAt\n        createdAt\n        status\n        author {\n          id\n          handle\n          displayName\n        }\n        collaboration {\n          id\n          slug\n          title\n          goal\n          status\n          viewerMembership {\n            id\n            status\n          }\n          members {\n            id\n            status\n            person {\n              id\n              handle\n              displayName\n            }\n          }\n        }\n        tally {\n          ...TallyView_tally\n        }\n        positions {\n          ...PositionList_position\n        }\n        viewerPosition {\n          id\n          stance\n          reason\n        }\n        comments(first: 100) {\n          ...CommentList_connection\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n": typeof types.GetProposalDocument,
    "\n  query GetProposalsPage($slug: String!, $status: [ProposalStatus!], $first: Int, $after: String) {\n    collaboration(slug: $slug) {\n      id\n      proposals(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...ProposalSummary_proposal\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GetProposalsPageDocument,
    "\n  query GetProposeContext($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      viewerMembership {\n        id\n        status\n      }\n    }\n  }\n": typeof types.GetProposeContextDocument,
    "\n  mutation SetPosition($input: SetPositionInput!) {\n    setPosition(input: $input) {\n      position {\n        id\n        stance\n        reason\n        updatedAt\n        proposal {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SetPositionDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      proposal {\n        id\n        status\n        closedAt\n      }\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  fragment CommentList_connection on CommentConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        body\n        createdAt\n        author {\n          handle\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.CommentList_ConnectionFragmentDoc,
    "\n  fragment CommitteeSignal_signal on CommitteeSignal {\n    talk\n    do\n    flagged\n    windowDays\n  }\n": typeof types.CommitteeSignal_SignalFragmentDoc,
    "\n  fragment GoalHistory_revision on GoalRevision {\n    goal\n    createdAt\n    setBy {\n      handle\n      displayName\n    }\n    proposal {\n      id\n      title\n    }\n  }\n": typeof types.GoalHistory_RevisionFragmentDoc,
    "\n  fragment PositionList_position on Position {\n    id\n    stance\n    reason\n    createdAt\n    updatedAt\n    person {\n      id\n      handle\n      displayName\n    }\n  }\n": typeof types.PositionList_PositionFragmentDoc,
    "\n  fragment ProposalSummary_proposal on Proposal {\n    id\n    kind\n    title\n    status\n    closesAt\n    closedAt\n    createdAt\n    author {\n      displayName\n    }\n    tally {\n      agree\n      abstain\n      disagree\n      block\n    }\n    viewerPosition {\n      id\n      stance\n    }\n  }\n": typeof types.ProposalSummary_ProposalFragmentDoc,
    "\n  fragment TallyView_tally on Tally {\n    agree\n    abstain\n    disagree\n    block\n  }\n": typeof types.TallyView_TallyFragmentDoc,
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
    "\n  fragment AccessTokenItem_token on AccessToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.AccessTokenItem_TokenFragmentDoc,
    "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n        ...AccessTokenItem_token\n      }\n    }\n  }\n": types.CreateAccessTokenDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      deleted\n    }\n  }\n": types.DeleteAccountDocument,
    "\n  query GetMyAccessTokens {\n    viewer {\n      id\n      accessTokens {\n        id\n        ...AccessTokenItem_token\n      }\n    }\n  }\n": types.GetMyAccessTokensDocument,
    "\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      accessToken {\n        id\n        ...AccessTokenItem_token\n      }\n    }\n  }\n": types.RevokeAccessTokenDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      viewer {\n        id\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        id\n        handle\n        values {\n          id\n        }\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut {\n      sessionsEnded\n    }\n  }\n": types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        id\n        handle\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment ActivityItem_activity on Activity {\n    verb\n    subjectType\n    createdAt\n    actor {\n      handle\n      displayName\n    }\n    subject {\n      __typename\n      id\n      ... on Proposal {\n        title\n      }\n      ... on Position {\n        proposal {\n          id\n          title\n        }\n      }\n      ... on Comment {\n        proposal {\n          id\n          title\n        }\n      }\n      ... on Membership {\n        person {\n          handle\n          displayName\n        }\n      }\n      ... on Commitment {\n        description\n      }\n      ... on Contribution {\n        note\n      }\n      ... on Need {\n        description\n      }\n    }\n  }\n": types.ActivityItem_ActivityFragmentDoc,
    "\n  mutation CommentOnProposal($input: CommentOnProposalInput!) {\n    commentOnProposal(input: $input) {\n      comment {\n        id\n        body\n        createdAt\n        proposal {\n          id\n        }\n      }\n    }\n  }\n": types.CommentOnProposalDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      proposal {\n        id\n        title\n        status\n        collaboration {\n          id\n        }\n      }\n    }\n  }\n": types.CreateProposalDocument,
    "\n  query GetActivity($slug: String!, $first: Int, $after: String) {\n    collaboration(slug: $slug) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...ActivityItem_activity\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.GetActivityDocument,
    "\n  query GetCommentsPage($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Proposal {\n        comments(first: 100, after: $after) {\n          ...CommentList_connection\n        }\n      }\n    }\n  }\n": types.GetCommentsPageDocument,
    "\n  query GetDecisions($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      viewerMembership {\n        id\n        status\n      }\n      committeeSignal {\n        ...CommitteeSignal_signal\n      }\n      goalHistory {\n        ...GoalHistory_revision\n      }\n    }\n  }\n": types.GetDecisionsDocument,
    "\n  query GetProposal($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Proposal {\n        kind\n        title\n        body\n        proposedGoal\n        closesAt\n        closedAt\n        createdAt\n        status\n        author {\n          id\n          handle\n          displayName\n        }\n        collaboration {\n          id\n          slug\n          title\n          goal\n          status\n          viewerMembership {\n            id\n            status\n          }\n          members {\n            id\n            status\n            person {\n              id\n              handle\n              displayName\n            }\n          }\n        }\n        tally {\n          ...TallyView_tally\n        }\n        positions {\n          ...PositionList_position\n        }\n        viewerPosition {\n          id\n          stance\n          reason\n        }\n        comments(first: 100) {\n          ...CommentList_connection\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n": types.GetProposalDocument,
    "\n  query GetProposalsPage($slug: String!, $status: [ProposalStatus!], $first: Int, $after: String) {\n    collaboration(slug: $slug) {\n      id\n      proposals(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...ProposalSummary_proposal\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.GetProposalsPageDocument,
    "\n  query GetProposeContext($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      viewerMembership {\n        id\n        status\n      }\n    }\n  }\n": types.GetProposeContextDocument,
    "\n  mutation SetPosition($input: SetPositionInput!) {\n    setPosition(input: $input) {\n      position {\n        id\n        stance\n        reason\n        updatedAt\n        proposal {\n          id\n        }\n      }\n    }\n  }\n": types.SetPositionDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      proposal {\n        id\n        status\n        closedAt\n      }\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  fragment CommentList_connection on CommentConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        body\n        createdAt\n        author {\n          handle\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.CommentList_ConnectionFragmentDoc,
    "\n  fragment CommitteeSignal_signal on CommitteeSignal {\n    talk\n    do\n    flagged\n    windowDays\n  }\n": types.CommitteeSignal_SignalFragmentDoc,
    "\n  fragment GoalHistory_revision on GoalRevision {\n    goal\n    createdAt\n    setBy {\n      handle\n      displayName\n    }\n    proposal {\n      id\n      title\n    }\n  }\n": types.GoalHistory_RevisionFragmentDoc,
    "\n  fragment PositionList_position on Position {\n    id\n    stance\n    reason\n    createdAt\n    updatedAt\n    person {\n      id\n      handle\n      displayName\n    }\n  }\n": types.PositionList_PositionFragmentDoc,
    "\n  fragment ProposalSummary_proposal on Proposal {\n    id\n    kind\n    title\n    status\n    closesAt\n    closedAt\n    createdAt\n    author {\n      displayName\n    }\n    tally {\n      agree\n      abstain\n      disagree\n      block\n    }\n    viewerPosition {\n      id\n      stance\n    }\n  }\n": types.ProposalSummary_ProposalFragmentDoc,
    "\n  fragment TallyView_tally on Tally {\n    agree\n    abstain\n    disagree\n    block\n  }\n": types.TallyView_TallyFragmentDoc,
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
export function graphql(source: "\n  fragment AccessTokenItem_token on AccessToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment AccessTokenItem_token on AccessToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n        ...AccessTokenItem_token\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n        ...AccessTokenItem_token\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      deleted\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetMyAccessTokens {\n    viewer {\n      id\n      accessTokens {\n        id\n        ...AccessTokenItem_token\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetMyAccessTokens {\n    viewer {\n      id\n      accessTokens {\n        id\n        ...AccessTokenItem_token\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      accessToken {\n        id\n        ...AccessTokenItem_token\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      accessToken {\n        id\n        ...AccessTokenItem_token\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ActivityItem_activity on Activity {\n    verb\n    subjectType\n    createdAt\n    actor {\n      handle\n      displayName\n    }\n    subject {\n      __typename\n      id\n      ... on Proposal {\n        title\n      }\n      ... on Position {\n        proposal {\n          id\n          title\n        }\n      }\n      ... on Comment {\n        proposal {\n          id\n          title\n        }\n      }\n      ... on Membership {\n        person {\n          handle\n          displayName\n        }\n      }\n      ... on Commitment {\n        description\n      }\n      ... on Contribution {\n        note\n      }\n      ... on Need {\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityItem_activity on Activity {\n    verb\n    subjectType\n    createdAt\n    actor {\n      handle\n      displayName\n    }\n    subject {\n      __typename\n      id\n      ... on Proposal {\n        title\n      }\n      ... on Position {\n        proposal {\n          id\n          title\n        }\n      }\n      ... on Comment {\n        proposal {\n          id\n          title\n        }\n      }\n      ... on Membership {\n        person {\n          handle\n          displayName\n        }\n      }\n      ... on Commitment {\n        description\n      }\n      ... on Contribution {\n        note\n      }\n      ... on Need {\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnProposal($input: CommentOnProposalInput!) {\n    commentOnProposal(input: $input) {\n      comment {\n        id\n        body\n        createdAt\n        proposal {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnProposal($input: CommentOnProposalInput!) {\n    commentOnProposal(input: $input) {\n      comment {\n        id\n        body\n        createdAt\n        proposal {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      proposal {\n        id\n        title\n        status\n        collaboration {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      proposal {\n        id\n        title\n        status\n        collaboration {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetActivity($slug: String!, $first: Int, $after: String) {\n    collaboration(slug: $slug) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...ActivityItem_activity\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetActivity($slug: String!, $first: Int, $after: String) {\n    collaboration(slug: $slug) {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...ActivityItem_activity\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCommentsPage($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Proposal {\n        comments(first: 100, after: $after) {\n          ...CommentList_connection\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetCommentsPage($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Proposal {\n        comments(first: 100, after: $after) {\n          ...CommentList_connection\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetDecisions($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      viewerMembership {\n        id\n        status\n      }\n      committeeSignal {\n        ...CommitteeSignal_signal\n      }\n      goalHistory {\n        ...GoalHistory_revision\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetDecisions($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      viewerMembership {\n        id\n        status\n      }\n      committeeSignal {\n        ...CommitteeSignal_signal\n      }\n      goalHistory {\n        ...GoalHistory_revision\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetProposal($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Proposal {\n        kind\n        title\n        body\n        proposedGoal\n        closesAt\n        closedAt\n        createdAt\n        status\n        author {\n          id\n          handle\n          displayName\n        }\n        collaboration {\n          id\n          slug\n          title\n          goal\n          status\n          viewerMembership {\n            id\n            status\n          }\n          members {\n            id\n            status\n            person {\n              id\n              handle\n              displayName\n            }\n          }\n        }\n        tally {\n          ...TallyView_tally\n        }\n        positions {\n          ...PositionList_position\n        }\n        viewerPosition {\n          id\n          stance\n          reason\n        }\n        comments(first: 100) {\n          ...CommentList_connection\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query GetProposal($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Proposal {\n        kind\n        title\n        body\n        proposedGoal\n        closesAt\n        closedAt\n        createdAt\n        status\n        author {\n          id\n          handle\n          displayName\n        }\n        collaboration {\n          id\n          slug\n          title\n          goal\n          status\n          viewerMembership {\n            id\n            status\n          }\n          members {\n            id\n            status\n            person {\n              id\n              handle\n              displayName\n            }\n          }\n        }\n        tally {\n          ...TallyView_tally\n        }\n        positions {\n          ...PositionList_position\n        }\n        viewerPosition {\n          id\n          stance\n          reason\n        }\n        comments(first: 100) {\n          ...CommentList_connection\n        }\n      }\n    }\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetProposalsPage($slug: String!, $status: [ProposalStatus!], $first: Int, $after: String) {\n    collaboration(slug: $slug) {\n      id\n      proposals(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...ProposalSummary_proposal\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetProposalsPage($slug: String!, $status: [ProposalStatus!], $first: Int, $after: String) {\n    collaboration(slug: $slug) {\n      id\n      proposals(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            ...ProposalSummary_proposal\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetProposeContext($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      viewerMembership {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetProposeContext($slug: String!) {\n    collaboration(slug: $slug) {\n      id\n      slug\n      title\n      goal\n      status\n      viewerMembership {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPosition($input: SetPositionInput!) {\n    setPosition(input: $input) {\n      position {\n        id\n        stance\n        reason\n        updatedAt\n        proposal {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPosition($input: SetPositionInput!) {\n    setPosition(input: $input) {\n      position {\n        id\n        stance\n        reason\n        updatedAt\n        proposal {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      proposal {\n        id\n        status\n        closedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      proposal {\n        id\n        status\n        closedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentList_connection on CommentConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        body\n        createdAt\n        author {\n          handle\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment CommentList_connection on CommentConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        body\n        createdAt\n        author {\n          handle\n          displayName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeSignal_signal on CommitteeSignal {\n    talk\n    do\n    flagged\n    windowDays\n  }\n"): (typeof documents)["\n  fragment CommitteeSignal_signal on CommitteeSignal {\n    talk\n    do\n    flagged\n    windowDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalHistory_revision on GoalRevision {\n    goal\n    createdAt\n    setBy {\n      handle\n      displayName\n    }\n    proposal {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment GoalHistory_revision on GoalRevision {\n    goal\n    createdAt\n    setBy {\n      handle\n      displayName\n    }\n    proposal {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositionList_position on Position {\n    id\n    stance\n    reason\n    createdAt\n    updatedAt\n    person {\n      id\n      handle\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment PositionList_position on Position {\n    id\n    stance\n    reason\n    createdAt\n    updatedAt\n    person {\n      id\n      handle\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalSummary_proposal on Proposal {\n    id\n    kind\n    title\n    status\n    closesAt\n    closedAt\n    createdAt\n    author {\n      displayName\n    }\n    tally {\n      agree\n      abstain\n      disagree\n      block\n    }\n    viewerPosition {\n      id\n      stance\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalSummary_proposal on Proposal {\n    id\n    kind\n    title\n    status\n    closesAt\n    closedAt\n    createdAt\n    author {\n      displayName\n    }\n    tally {\n      agree\n      abstain\n      disagree\n      block\n    }\n    viewerPosition {\n      id\n      stance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TallyView_tally on Tally {\n    agree\n    abstain\n    disagree\n    block\n  }\n"): (typeof documents)["\n  fragment TallyView_tally on Tally {\n    agree\n    abstain\n    disagree\n    block\n  }\n"];
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