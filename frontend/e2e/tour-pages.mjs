// The pages of the tours (tour.test.mjs in English, tour-languages.test.mjs in the others)
// and how one is visited: the demo's addresses, signed out and signed in.
import assert from 'node:assert/strict';
import { checkPage, graphiqlAxeExclude } from './harness.mjs';

const fridge = '/c/noord-community-fridge';
const enc = encodeURIComponent;

/** Sends a GraphQL document from the page, with its cookies. */
async function gql(page, query) {
  const body = await page.evaluate(async (query) => {
    const r = await fetch('/query', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
    });
    return r.json();
  }, query);
  assert.equal(body.errors, undefined, `GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The demo's IDs that some addresses hold: the fridge's open proposal, outcome and a measurement. */
export async function demoIDs(page) {
  const data = await gql(
    page,
    `{ collaboration(slug: "noord-community-fridge") {
        proposals(status: [OPEN], first: 1) { edges { node { id } } }
        outcomes { id measurements(first: 1) { edges { node { id } } } } } }`,
  );
  const c = data.collaboration;
  return {
    proposal: c.proposals.edges[0].node.id,
    outcome: c.outcomes[0].id,
    measurement: c.outcomes[0].measurements.edges[0].node.id,
  };
}

export function signedOutPages(ids) {
  return [
    ['home', '/'],
    ['sign-up', '/signup'],
    ['log-in', '/login'],
    ['discover-people', '/discover'],
    ['discover-collaborations', '/discover/collaborations'],
    ['value', '/values/food-security'],
    ['person', '/people/amara'],
    ['collaboration', fridge],
    ['decisions', `${fridge}/decisions`],
    ['proposal', `${fridge}/proposals/${enc(ids.proposal)}`],
    ['impact-overview', '/impact'],
    ['impact-collaboration', `${fridge}/impact`],
    ['impact-report', `${fridge}/report`],
    ['impact-person', '/people/amara/impact'],
    ['impact-value', '/values/food-security/impact'],
    ['meanings', '/meanings'],
    ['graphiql', '/graphiql'],
    ['not-found', '/no/such/page'],
    ['collaboration-not-found', '/c/no-such-thing'],
    ['dashboard-asks-to-log-in', '/dashboard'],
  ];
}

export function signedInPages(ids) {
  return [
    ['dashboard', '/dashboard'],
    ['notifications', '/notifications'],
    ['my-collaborations', '/collaborations'],
    ['new-collaboration', '/collaborations/new'],
    ['collaboration-steward', fridge],
    ['collaboration-member', '/c/open-repair-atlas'],
    ['collaboration-invited', '/c/neukolln-street-trees'],
    ['collaboration-edit', `${fridge}/edit`],
    ['commit-more', `${fridge}/commit`],
    ['accept-invitation', '/c/neukolln-street-trees/join'],
    ['join', '/c/campanha-code-club/join'],
    ['decisions', `${fridge}/decisions`],
    ['propose', `${fridge}/decisions/new`],
    ['proposal', `${fridge}/proposals/${enc(ids.proposal)}`],
    ['impact-collaboration', `${fridge}/impact`],
    ['impact-report', `${fridge}/report`],
    ['define-outcome', `${fridge}/impact/outcomes/new`],
    ['revise-outcome', `${fridge}/impact/outcomes/${enc(ids.outcome)}/edit`],
    ['record-measurement', `${fridge}/impact/outcomes/${enc(ids.outcome)}/measurements/new`],
    [
      'correct-measurement',
      `${fridge}/impact/outcomes/${enc(ids.outcome)}/measurements/new?corrects=${enc(ids.measurement)}`,
    ],
    ['my-page', '/people/amara'],
    ['my-impact', '/people/amara/impact'],
    ['other-person', '/people/joris'],
    ['discover-people', '/discover'],
    ['discover-collaborations', '/discover/collaborations'],
    ['value', '/values/food-security'],
    ['impact-value', '/values/food-security/impact'],
    ['impact-overview', '/impact'],
    ['onboarding', '/onboarding'],
    ['settings-profile', '/settings/profile'],
    ['settings-values', '/settings/values'],
    ['settings-password', '/settings/password'],
    ['settings-tokens', '/settings/tokens'],
    ['settings-account', '/settings/account'],
    ['meanings', '/meanings'],
    ['graphiql', '/graphiql'],
  ];
}

/** Waits for the page's main heading and for any lazily loaded chart to be drawn. */
async function pageReady(page, name) {
  await page.locator('h1').first().waitFor();
  if (name === 'graphiql') await page.locator('.graphiql-query-editor').waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="chart"]')].every(
      (c) => c.querySelector('svg') || !c.querySelector('[data-chart-loading]'),
    ),
  );
}

/** Visits every page and checks each; collects every failure so one run shows them all. */
export async function tour(s, pages, prefix, { check } = {}) {
  const failures = [];
  for (const [name, path] of pages) {
    try {
      await s.page.goto(path);
      await pageReady(s.page, name);
      await checkPage(s, `${prefix}-${name}`, { axeExclude: name === 'graphiql' ? graphiqlAxeExclude : [] });
      await check?.(s.page, name);
    } catch (err) {
      failures.push(`${name} (${path}): ${err.message}`);
    }
    s.errors.length = 0;
  }
  assert.deepEqual(failures, [], `pages with problems:\n${failures.join('\n\n')}`);
}
