// Browser paths of live updates and notifications (issue 10): a steward watching a
// collaboration sees a join request arrive without reloading, the navigation counts the
// new notification live, and the notifications page says what it is, links to where to
// act, and marks it read. Others act through the API meanwhile.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gql, signUpByAPI, valueID } from './api.mjs';
import { checkPage, launchBrowser, logIn, openPage, startServer, uniqueHandle } from './harness.mjs';

let server;
let browser;
let steward;
let collab;

before(async () => {
  server = await startServer({ seed: false });
  browser = await launchBrowser();
  steward = await signUpByAPI(server.url, uniqueHandle('nia'), 'Nia Steward');
  const data = await gql(
    server.url,
    `mutation ($input: CreateCollaborationInput!) { createCollaboration(input: $input) { collaboration { id slug } } }`,
    {
      input: {
        title: 'Repair Café Noord',
        goal: 'Fix a hundred broken things a month instead of throwing them away.',
        values: [{ valueId: await valueID(server.url, 'sustainability'), weight: 5 }],
        remote: false,
        location: 'Amsterdam Noord',
        commitment: { kind: 'TIME', quantity: '4', description: 'Run the soldering table.' },
      },
    },
    steward.token,
  );
  collab = data.createCollaboration.collaboration;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Resolves once page has sent a subscribe message for each of the operations named. */
function subscribed(page, names) {
  const left = new Set(names);
  return new Promise((resolve) => {
    page.on('websocket', (ws) =>
      ws.on('framesent', ({ payload }) => {
        for (const n of left) if (String(payload).includes(`subscription ${n}`)) left.delete(n);
        if (left.size === 0) resolve();
      }),
    );
  });
}

async function askToJoin(displayName) {
  const p = await signUpByAPI(server.url, uniqueHandle('jo'), displayName);
  await gql(
    server.url,
    `mutation ($input: RequestToJoinInput!) { requestToJoin(input: $input) { membership { id } } }`,
    { input: { collaborationId: collab.id, commitments: [{ kind: 'TIME', quantity: '2' }] } },
    p.token,
  );
  return p;
}

test('a join request arrives live on the page and in the notifications, which mark read', async () => {
  const s = await openPage(browser, server.url);
  try {
    const { page } = s;
    await logIn(page, { login: steward.handle, password: steward.password });
    const live = subscribed(page, ['CollaborationActivity', 'NotificationAdded']);
    await page.goto(`/c/${collab.slug}/people`);
    await page.getByRole('heading', { level: 1, name: 'Repair Café Noord' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Notifications', exact: true }).waitFor();

    // Jo asks to join while Nia watches: the page and the navigation update by themselves.
    // Once the page has subscribed: what commits before that, it read when it loaded.
    await live;
    await askToJoin('Jo Joiner');
    await page.getByText('Jo Joiner').first().waitFor();
    await nav.getByRole('link', { name: /^Notifications\W*1 unread/ }).waitFor();
    await checkPage(s, 'live-join-request');

    await nav.getByRole('link', { name: /^Notifications\W*1 unread/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const list = page.getByRole('list').filter({ hasText: 'asked to join' });
    await list.getByText('Jo Joiner asked to join Repair Café Noord. As a steward, you decide.').waitFor();
    await checkPage(s, 'notifications-unread');

    // Another arrives while the list is open.
    await askToJoin('Kai Newcomer');
    await list.getByText('Kai Newcomer asked to join Repair Café Noord. As a steward, you decide.').waitFor();
    await nav.getByRole('link', { name: /^Notifications\W*2 unread/ }).waitFor();

    // Marking one read updates the count; the link to act marks the other and goes there.
    const kai = page.getByRole('listitem').filter({ hasText: 'Kai Newcomer' });
    await kai.getByRole('button', { name: 'Mark read' }).click();
    await nav.getByRole('link', { name: /^Notifications\W*1 unread/ }).waitFor();
    assert.equal(await kai.getByRole('button', { name: 'Mark read' }).count(), 0);
    await page.getByRole('radio', { name: /Unread only/ }).check();
    await page.getByRole('listitem').filter({ hasText: 'Kai Newcomer' }).waitFor({ state: 'detached' });
    await checkPage(s, 'notifications-unread-only');
    const jo = page.getByRole('listitem').filter({ hasText: 'Jo Joiner' });
    await jo.getByRole('link', { name: 'Answer the request' }).click();
    await page.waitForURL(`**/c/${collab.slug}/people`);
    await nav.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    s.assertNoErrors();
  } finally {
    await s.close();
  }
});
