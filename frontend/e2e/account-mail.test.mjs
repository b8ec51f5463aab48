// Browser paths through the real binary for account mail, read from the dev mailbox
// (KINDRED_DEV_MAILBOX=1, which the harness turns on): a forgotten password reset from the
// mailed link, and a change of email address confirmed from the link mailed to it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, launchBrowser, logIn, openPage, screenshot, signUp, startServer, uniqueHandle } from './harness.mjs';

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

/** Runs fn with a fresh page (its own cookies) and closes it whatever happens. */
async function withPage(fn) {
  const session = await openPage(browser, server.url);
  try {
    await fn(session);
  } finally {
    await session.close();
  }
}

/** The mails the dev mailbox holds, newest first: id, recipient and subject. */
async function mailbox() {
  const res = await fetch(`${server.url}/dev/mailbox`);
  assert.equal(res.status, 200, 'the dev mailbox is served');
  const html = await res.text();
  const rows = [...html.matchAll(/<tr><td>[^<]*<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td>\s*<td><a href="\/dev\/mailbox\/(\d+)">/g)];
  return rows.map(([, to, subject, id]) => ({ id, to, subject }));
}

/** Waits for a mail to `to` about `subject` (mail goes out through the job queue) and returns its id. */
async function waitForMail(to, subject) {
  for (let i = 0; i < 150; i++) {
    const found = (await mailbox()).find((m) => m.to === to && m.subject === subject);
    if (found) return found.id;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`no mail to ${to} about "${subject}" in the dev mailbox: ${JSON.stringify(await mailbox())}`);
}

/** The text part of a mail, as the dev mailbox serves it. */
async function mailText(id) {
  const res = await fetch(`${server.url}/dev/mailbox/${id}.txt`);
  assert.equal(res.status, 200);
  return res.text();
}

test('forgot password: ask on the log-in page, open the mail, follow the link; the new password works and the old one does not', async () => {
  const oldPassword = 'the-old-long-password';
  const newPassword = 'a-fresh-long-password';
  const handle = uniqueHandle('reset');
  const email = `${handle}@example.org`;
  await withPage(async ({ page }) => {
    await signUp(page, { handle, displayName: 'Rosa Reset', password: oldPassword });
  });

  await withPage(async (s) => {
    const { page } = s;
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL('**/forgot-password');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Mail me a link' }).click();
    await page.getByText('Check your mail').waitFor();
    await checkPage(s, 'account-mail-forgot-sent');

    // An unknown address gets the same answer, and no mail.
    await page.goto('/forgot-password');
    await page.getByLabel('Email').fill('nobody-here@example.org');
    await page.getByRole('button', { name: 'Mail me a link' }).click();
    await page.getByText('Check your mail').waitFor();

    const id = await waitForMail(email, 'Reset your Kindred password');
    const text = await mailText(id);
    assert.match(text, /the link works once, for an hour/);
    assert.match(text, /\/reset-password\?token=[A-Za-z0-9_-]+/);
    assert.ok(!(await mailbox()).some((m) => m.to === 'nobody-here@example.org'), 'no mail to an unknown address');

    // Open the mail as the person would and follow its link.
    await page.goto(`/dev/mailbox/${id}`);
    await screenshot(page, 'account-mail-reset-mail');
    await page.getByRole('link', { name: 'Choose a new password' }).click();
    await page.waitForURL('**/reset-password?token=*');
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('New password, again').fill(newPassword);
    await checkPage(s, 'account-mail-reset-form');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/reset-password'));

    // The link works once.
    const link = new URL(text.match(/https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/)[0]);
    await page.goto(link.pathname + link.search);
    await page.getByLabel('New password', { exact: true }).fill('yet-another-long-password');
    await page.getByLabel('New password, again').fill('yet-another-long-password');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText(/used already/).waitFor();
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
  });

  await withPage(async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Handle or email').fill(handle);
    await page.getByLabel('Password').fill(oldPassword);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('We could not log you in').waitFor();
    await logIn(page, { login: email, password: newPassword });
  });
});

test('change email: the new address takes effect once confirmed from the link mailed to it; the old one is told', async () => {
  const password = 'a-long-enough-password';
  const handle = uniqueHandle('move');
  const oldEmail = `${handle}@example.org`;
  const newEmail = `${handle}@new.example`;
  await withPage(async (s) => {
    const { page } = s;
    await signUp(page, { handle, displayName: 'Milo Move', password });
    await page.goto('/dashboard');
    await page.getByText('Confirm your email address').waitFor();

    await page.goto('/settings/account');
    const section = page.getByRole('region', { name: 'Email address' });
    await section.getByText('Not confirmed').waitFor();
    await section.getByLabel('New email address').fill(newEmail);
    await section.getByLabel('Password').fill(password);
    await section.getByRole('button', { name: 'Change email address' }).click();
    await section.getByText('Check your new address').waitFor();
    await section.getByText(`Changing to ${newEmail}`, { exact: false }).waitFor();
    await checkPage(s, 'account-mail-change-pending');

    const notice = await waitForMail(oldEmail, 'Your Kindred email address is being changed');
    assert.match(await mailText(notice), new RegExp(`to ${newEmail.replace(/\./g, '\\.')}`));
    const id = await waitForMail(newEmail, 'Confirm your new email address for Kindred');
    await page.goto(`/dev/mailbox/${id}`);
    await screenshot(page, 'account-mail-verify-mail');
    await page.getByRole('link', { name: `Confirm ${newEmail}` }).click();
    await page.waitForURL('**/verify-email?token=*');
    await page.getByText('Your email address is confirmed').waitFor();
    await checkPage(s, 'account-mail-verified');

    await page.goto('/settings/account');
    await section.getByText(newEmail, { exact: true }).waitFor();
    await section.getByText('Confirmed', { exact: true }).waitFor();
  });

  await withPage(async ({ page }) => {
    await logIn(page, { login: newEmail, password });
  });
});
