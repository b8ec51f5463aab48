// Browser paths for mail: a person chooses a daily digest for a kind of mail and finds it
// kept after a reload; the unsubscribe link of a real mail (from the dev mailbox) stops
// that kind without a session.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gql, signUpByAPI, valueID } from './api.mjs';
import { checkPage, launchBrowser, openPage, signUp, startServer, uniqueHandle } from './harness.mjs';
import { confirmEmail, waitForMail } from './mailbox.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ seed: false });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a kind set to daily digest is kept after a reload', async () => {
  const session = await openPage(browser, server.url);
  try {
    const { page } = session;
    await signUp(page, { handle: uniqueHandle('mail') });
    await page.goto('/settings/profile');
    await page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Mail' }).click();
    await page.waitForURL('**/settings/notifications');
    const invitations = page.getByLabel('Invitations to join a collaboration');
    assert.equal(await invitations.inputValue(), 'IMMEDIATE');
    // Sign-up sent the browser's time zone.
    const browserZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    assert.equal(await page.getByLabel('Time zone', { exact: true }).inputValue(), browserZone);
    await invitations.selectOption({ label: 'Daily digest' });
    await page.getByText('Saved: invitations to join a collaboration, daily digest.').waitFor();
    await page.reload();
    assert.equal(await page.getByLabel('Invitations to join a collaboration').inputValue(), 'DAILY');
    assert.equal(await page.getByLabel('Proposals adopted or rejected').inputValue(), 'WEEKLY');
    await checkPage(session, 'mail-preferences');
  } finally {
    await session.close();
  }
});

test('the unsubscribe link of a mail stops that kind without logging in', async () => {
  const steward = await signUpByAPI(server.url, uniqueHandle('stew'), 'Steward Person');
  const joiner = await signUpByAPI(server.url, uniqueHandle('join'), 'Joining Person');
  // Only a confirmed address gets notification mail: the steward confirms theirs.
  await confirmEmail(server.url, steward);
  const value = await valueID(server.url, 'community');
  const created = await gql(
    server.url,
    `mutation ($v: ID!) { createCollaboration(input: {title: "Tool library", goal: "Lend tools to the street.", remote: true,
      values: [{valueId: $v, weight: 3}], commitment: {kind: TIME, quantity: "1"}}) { collaboration { id } } }`,
    { v: value },
    steward.token,
  );
  await gql(
    server.url,
    `mutation ($c: ID!) { requestToJoin(input: {collaborationId: $c, commitments: [{kind: TIME, quantity: "2"}]}) { membership { id } } }`,
    { c: created.createCollaboration.collaboration.id },
    joiner.token,
  );
  // The join request mail reaches the steward's (dev) mailbox through the queue.
  const mail = await waitForMail(
    server.url,
    (m) => m.ToAddress === `${steward.handle}@example.org` && m.Unsubscribe,
    'the join request mail',
  );
  const link = new URL(mail.Unsubscribe);
  const session = await openPage(browser, server.url); // no session
  try {
    const { page } = session;
    await page.goto(link.pathname + link.search);
    await page.getByText('Stop mail about requests to join a collaboration you steward?').waitFor();
    await checkPage(session, 'unsubscribe');
    await page.getByRole('button', { name: 'Stop this mail' }).click();
    await page.getByRole('status').filter({ hasText: 'Kindred will no longer mail you about' }).waitFor();
  } finally {
    await session.close();
  }
  const me = await gql(server.url, `{ viewer { mailPreferences { kind cadence } } }`, {}, steward.token);
  const join = me.viewer.mailPreferences.find((p) => p.kind === 'JOIN_REQUEST');
  assert.equal(join.cadence, 'NEVER');
});
