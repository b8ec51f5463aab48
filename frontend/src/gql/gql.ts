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