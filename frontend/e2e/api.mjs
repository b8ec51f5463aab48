// Setting the stage through the public API, so that browser paths spend their time on
// what they test: a person signs up with a token, and acts with it.
import assert from 'node:assert/strict';
import { serverNow } from './harness.mjs';

export const password = 'a-long-enough-password';

/** Sends a GraphQL document with a bearer token; fails the test on any error. */
export async function gql(baseURL, query, variables = {}, token) {
  const res = await fetch(`${baseURL}/query`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  assert.equal(body.errors, undefined, `GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Signs a new person up through the API and returns their token and ID. */
export async function signUpByAPI(baseURL, handle, displayName) {
  const data = await gql(
    baseURL,
    `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { id handle } } }`,
    { input: { handle, displayName, email: `${handle}@example.org`, password, transport: 'TOKEN' } },
  );
  return { token: data.signUp.accessToken, id: data.signUp.viewer.id, handle, displayName, password };
}

/** The global ID of a value of the catalog, by slug. */
export async function valueID(baseURL, slug) {
  const data = await gql(baseURL, `query ($slug: String!) { value(slug: $slug) { id } }`, { slug });
  return data.value.id;
}

/** An RFC 3339 time `days` after the server's now. */
export async function inDays(baseURL, days) {
  const now = await serverNow(baseURL);
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000).toISOString();
}
