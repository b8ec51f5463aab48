// Full-page screenshots of representative pages on the demo community, at 1280 and 375 px,
// signed in as the demo steward (Amara) and signed out, with the page's clock frozen at the
// server's start and animations off, so that two runs of the same build give the same
// pixels. For comparing a change of styles before and after:
//
//   npm run build && (cd .. && go build -o bin/kindred ./server)
//   KINDRED_BIN=../bin/kindred node scripts/visual-snapshots.mjs /tmp/shots-before
//
// It writes <dir>/<width>-<page>.png; keep the directory outside git.

/* global document -- the function handed to page.waitForFunction runs in the page. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { demo, launchBrowser, logIn, serverNow, settle, startServer, widths } from '../e2e/harness.mjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/visual-snapshots.mjs OUTPUT_DIR');
  process.exit(2);
}
mkdirSync(resolve(out), { recursive: true });

const fridge = '/c/noord-community-fridge';

async function gql(page, query, variables = {}) {
  const body = await page.evaluate(
    async ([query, variables]) => {
      const r = await fetch('/query', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return r.json();
    },
    [query, variables],
  );
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function shoot(page, name, path) {
  await page.goto(path);
  await page.locator('h1').first().waitFor();
  await settle(page);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="chart"]')].every((c) => c.querySelector('svg') || !/Loading/.test(c.textContent ?? '')),
  );
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
  console.log(name);
}

const server = await startServer({ seed: true });
const browser = await launchBrowser();
try {
  const now = await serverNow(server.url);
  const open = async (width) => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width, height: 900 }, locale: 'en-GB' });
    await context.clock.setFixedTime(now);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { context, page };
  };

  // The invitation link is made once, by the steward, and followed at both widths.
  let invite;
  for (const width of [widths.desktop, widths.phone]) {
    const { context, page } = await open(width);
    await logIn(page, demo);
    const { collaboration: c } = await gql(
      page,
      `{ collaboration(slug: "noord-community-fridge") { id needs { id } proposals(status: [OPEN], first: 1) { edges { node { id } } } } }`,
    );
    const proposal = encodeURIComponent(c.proposals.edges[0].node.id);
    const pages = [
      ['home', '/'],
      ['dashboard', '/dashboard'],
      ['discover-people', '/discover'],
      ['discover-collaborations', '/discover/collaborations'],
      ['collaboration', fridge],
      ['collaboration-people', `${fridge}/people`],
      ['collaboration-ledger', `${fridge}/ledger`],
      ['collaboration-activity', `${fridge}/activity`],
      ['decisions', `${fridge}/decisions`],
      ['proposal', `${fridge}/proposals/${proposal}`],
      ['impact', `${fridge}/impact`],
      ['commit-more', '/c/open-repair-atlas/commit'],
      ['person', '/people/joris'],
      ['value', '/values/food-security'],
      ['my-collaborations', '/collaborations'],
      ['new-collaboration', '/collaborations/new'],
      ['settings-profile', '/settings/profile'],
      ['settings-values', '/settings/values'],
      ['notifications', '/notifications'],
    ];
    for (const [name, path] of pages) await shoot(page, `${width}-in-${name}`, path);
    if (!invite) {
      const expiresAt = new Date(now.getTime() + 7 * 24 * 3600 * 1000).toISOString();
      const data = await gql(
        page,
        `mutation ($input: CreateInvitationLinkInput!) { createInvitationLink(input: $input) { url } }`,
        { input: { collaborationId: c.id, expiresAt, maxUses: 5, needId: c.needs[0]?.id } },
      );
      invite = new URL(data.createInvitationLink.url).pathname;
    }
    await context.close();

    const out = await open(width);
    for (const [name, path] of [
      ['home', '/'],
      ['sign-up', '/signup'],
      ['log-in', '/login'],
      ['invitation', invite],
    ])
      await shoot(out.page, `${width}-out-${name}`, path);
    await out.context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
