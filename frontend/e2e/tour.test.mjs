// A tour of every page of the app on the demo data, signed out and signed in as the demo
// person, at 1280 and 375 px: each page passes the harness checks (console errors, axe-core,
// horizontal scroll) and leaves a screenshot named tour-<width>-<out|in>-<page>.png, so the
// screenshots can be listed and looked at one by one.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkPage, demo, graphiqlAxeExclude, launchBrowser, logIn, openPage, startServer, widths } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ seed: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

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
async function demoIDs(page) {
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

function signedOutPages(ids) {
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

function signedInPages(ids) {
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
    [...document.querySelectorAll('[data-testid="chart"]')].every((c) => c.querySelector('svg') || !/Loading/.test(c.textContent ?? '')),
  );
}

/** Visits every page and checks each; collects every failure so one run shows them all. */
async function tour(s, pages, prefix) {
  const failures = [];
  for (const [name, path] of pages) {
    try {
      await s.page.goto(path);
      await pageReady(s.page, name);
      await checkPage(s, `${prefix}-${name}`, { axeExclude: name === 'graphiql' ? graphiqlAxeExclude : [] });
    } catch (err) {
      failures.push(`${name} (${path}): ${err.message}`);
    }
    s.errors.length = 0;
  }
  assert.deepEqual(failures, [], `pages with problems:\n${failures.join('\n\n')}`);
}

for (const [label, width] of [
  ['1280 px', widths.desktop],
  ['375 px', widths.phone],
]) {
  describe(`the tour at ${label}`, () => {
    test('signed out', async () => {
      const s = await openPage(browser, server.url, { width });
      try {
        await s.page.goto('/');
        const ids = await demoIDs(s.page);
        await tour(s, signedOutPages(ids), `tour-${width}-out`);
      } finally {
        await s.close();
      }
    });

    test(`signed in as ${demo.login}`, async () => {
      const s = await openPage(browser, server.url, { width });
      try {
        await logIn(s.page, demo);
        const ids = await demoIDs(s.page);
        await tour(s, signedInPages(ids), `tour-${width}-in`);
      } finally {
        await s.close();
      }
    });
  });
}
