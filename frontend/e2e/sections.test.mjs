// The collaboration's sections: each address loads on its own, the tabs move between them
// (the current one marked with aria-current), the old one-page anchors land on the section
// that holds them now, and the activity's live subscription starts after the newest entry read.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demo, launchBrowser, logIn, openPage, startServer } from './harness.mjs';

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

const slug = 'noord-community-fridge';
const sections = [
  ['Overview', `/c/${slug}`, 'Goal history'],
  ['People and needs', `/c/${slug}/people`, 'Members and their commitments'],
  ['Ledger', `/c/${slug}/ledger`, 'Ledger'],
  ['Activity', `/c/${slug}/activity`, 'Activity'],
];

test('each section address loads directly, and the tabs move between them', async () => {
  const s = await openPage(browser, server.url);
  try {
    await logIn(s.page, demo);
    for (const [tab, path, heading] of sections) {
      await s.page.goto(path);
      await s.page.getByRole('heading', { level: 1, name: 'Noord Community Fridge' }).waitFor();
      await s.page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
      const nav = s.page.getByRole('navigation', { name: 'Sections of this collaboration' });
      assert.equal(await nav.getByRole('link', { name: tab, exact: true }).getAttribute('aria-current'), 'page');
    }
    const nav = s.page.getByRole('navigation', { name: 'Sections of this collaboration' });
    for (const [tab, path, heading] of sections) {
      await nav.getByRole('link', { name: tab, exact: true }).click();
      await s.page.waitForURL((u) => u.pathname === path);
      await s.page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    await nav.getByRole('link', { name: 'Decisions', exact: true }).click();
    await s.page.waitForURL((u) => u.pathname === `/c/${slug}/decisions`);
    await s.page.goto(`/c/${slug}`);
    await s.page
      .getByRole('navigation', { name: 'Sections of this collaboration' })
      .getByRole('link', { name: 'Impact', exact: true })
      .click();
    await s.page.waitForURL((u) => u.pathname === `/c/${slug}/impact`);
  } finally {
    await s.close();
  }
});

test('the old anchors of the one-page collaboration land on their sections', async () => {
  const s = await openPage(browser, server.url);
  try {
    for (const [hash, path, heading] of [
      ['#members-heading', `/c/${slug}/people`, 'Members and their commitments'],
      ['#needs-heading', `/c/${slug}/people`, 'Needs'],
      ['#ledger-heading', `/c/${slug}/ledger`, 'Ledger'],
    ]) {
      await s.page.goto(`/c/${slug}${hash}`);
      await s.page.waitForURL((u) => u.pathname === path && u.hash === hash);
      await s.page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
  } finally {
    await s.close();
  }
});

test('the activity section shows older activity a page at a time', async () => {
  const s = await openPage(browser, server.url);
  try {
    await logIn(s.page, demo);
    await s.page.goto(`/c/${slug}/activity`);
    const list = s.page.getByRole('region', { name: 'Activity' }).getByRole('list');
    const more = s.page.getByRole('button', { name: 'Show older activity' });
    await more.waitFor();
    const first = await list.getByRole('listitem').count();
    await more.click();
    await s.page.waitForFunction(
      ([n]) => document.querySelectorAll('[aria-labelledby="activity-heading"] ol > li').length > n,
      [first],
    );
    assert.ok((await list.getByRole('listitem').count()) > first);
  } finally {
    await s.close();
  }
});

test('the activity section subscribes after the newest entry it has read', async () => {
  const s = await openPage(browser, server.url);
  try {
    await logIn(s.page, demo);
    const subscribed = new Promise((resolve) => {
      s.page.on('websocket', (ws) =>
        ws.on('framesent', ({ payload }) => {
          const m = JSON.parse(String(payload));
          if (m.type === 'subscribe' && m.payload?.query?.includes('collaborationActivity')) resolve(m.payload.variables);
        }),
      );
    });
    await s.page.goto(`/c/${slug}/activity`);
    await s.page.getByRole('heading', { level: 2, name: 'Activity', exact: true }).waitFor();
    const variables = await subscribed;
    const newest = await s.page.evaluate(async (slug) => {
      const r = await fetch('/query', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: 'query($slug: String!) { collaboration(slug: $slug) { activity(first: 1) { edges { node { id } } } } }',
          variables: { slug },
        }),
      });
      return (await r.json()).data.collaboration.activity.edges[0].node.id;
    }, slug);
    assert.equal(variables.after, newest);
  } finally {
    await s.close();
  }
});
