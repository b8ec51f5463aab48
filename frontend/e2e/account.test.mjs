// Browser paths through the real binary for personal access tokens, the data download and
// deleting an account: a token made in the web app is used from here as a third-party
// client would, with `Authorization: Bearer`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { checkPage, launchBrowser, openPage, signUp, startServer, uniqueHandle, widths } from './harness.mjs';

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

/** Runs fn with a fresh page (its own cookies) and closes it whatever happens. */
async function withPage(options, fn) {
  const session = await openPage(browser, server.url, options);
  try {
    await fn(session);
  } finally {
    await session.close();
  }
}

/** Sends a GraphQL document as a third-party client would: no cookies, a bearer token. */
async function asClient(token, query) {
  const res = await fetch(`${server.url}/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return res.json();
}

const codes = (body) => (body.errors ?? []).map((e) => e.extensions?.code);

/** Opens a settings tab through the settings navigation. */
async function openSettingsTab(page, name) {
  await page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name }).click();
}

/** Creates a token through the form and returns its secret from the one-time panel. */
async function createToken(page, name, scope = /Read only/) {
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('radio', { name: scope }).check();
  await page.getByRole('button', { name: 'Create token' }).click();
  const panel = page.getByRole('region', { name: `Your new token “${name}”` });
  await panel.waitFor();
  return { panel, token: await panel.getByRole('textbox', { name: 'Token' }).inputValue() };
}

test('a read token: create it, see it once, use it, revoke it; then download my data and delete my account', async () => {
  await withPage({}, async (s) => {
    const { page, context } = s;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const password = 'a-long-enough-password';
    const handle = await signUp(page, { handle: uniqueHandle('tok'), displayName: 'Tomás Reyes', password });

    await page.goto('/settings/profile');
    await openSettingsTab(page, 'Tokens');
    await page.waitForURL('**/settings/tokens');
    await page.getByText('You have no access tokens yet').waitFor();
    await checkPage(s, 'account-tokens-empty');

    // Create a read token and see it once.
    const { panel, token } = await createToken(page, 'Reading script');
    assert.match(token, /^kdp_[A-Za-z0-9_-]{20,}$/);
    assert.ok(await panel.evaluate((el) => el === document.activeElement), 'focus moves to the new token');
    assert.match(await panel.textContent(), /Kindred will not show it again/);
    await panel.getByRole('button', { name: 'Copy token' }).click();
    await panel.getByText('Copied to the clipboard.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), token);
    await checkPage(s, 'account-token-created');

    const item = page.getByRole('listitem').filter({ hasText: 'Reading script' });
    await item.getByText('Read only').waitFor();
    assert.match(await item.textContent(), new RegExp(`${token.slice(0, 10)}…`));

    // As a client: reading works, changing does not.
    const read = await asClient(token, '{ viewer { handle } }');
    assert.deepEqual(read, { data: { viewer: { handle } } });
    const write = await asClient(token, 'mutation { updateProfile(input: { bio: "written by a script" }) { person { id } } }');
    assert.deepEqual(codes(write), ['FORBIDDEN'], JSON.stringify(write));

    // Once saved, the token is gone from the page for good; the list shows its use.
    await panel.getByRole('button', { name: 'I have saved it' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.reload();
    await item.waitFor();
    assert.ok(!(await page.content()).includes(token), 'the token is not shown again');
    assert.doesNotMatch(await item.textContent(), /Last usedNever/);

    // Revoke it, after saying yes.
    await item.getByRole('button', { name: 'Revoke “Reading script”' }).click();
    const question = item.getByRole('group', { name: /Revoke “Reading script”\?/ });
    await question.waitFor();
    await checkPage(s, 'account-token-revoke-confirm');
    await question.getByRole('button', { name: 'Revoke token' }).click();
    await item.getByText('“Reading script” is revoked.').waitFor();
    await item.getByRole('term').filter({ hasText: 'Revoked' }).waitFor();
    await checkPage(s, 'account-token-revoked');
    const revoked = await asClient(token, '{ viewer { handle } }');
    assert.deepEqual(codes(revoked), ['UNAUTHENTICATED'], JSON.stringify(revoked));

    // Download my data: from the page with its session cookie, and through the link.
    await openSettingsTab(page, 'Account');
    await page.waitForURL('**/settings/account');
    await page.getByRole('heading', { level: 1, name: 'Your data and account' }).waitFor();
    await checkPage(s, 'account-page');
    const exported = await page.evaluate(async () => {
      const res = await fetch('/me/export.json', { credentials: 'same-origin' });
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        disposition: res.headers.get('content-disposition'),
        body: await res.json(),
      };
    });
    assert.equal(exported.status, 200);
    assert.match(exported.type, /^application\/json/);
    assert.match(exported.disposition, /^attachment; filename=/);
    assert.equal(exported.body.profile.Handle, handle);
    assert.equal(exported.body.profile.Email, `${handle}@example.org`);
    assert.deepEqual(
      exported.body.accessTokens.map((t) => [t.Name, t.Prefix, t.Scopes, t.RevokedAt !== null]),
      [['Reading script', token.slice(0, 10), 'read', true]],
    );
    assert.ok(!JSON.stringify(exported.body).includes(token), 'the export never holds a token');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download my data (JSON)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `kindred-my-data-${handle}.json`);
    assert.equal(JSON.parse(await readFile(await download.path(), 'utf8')).profile.Handle, handle);

    // Delete my account: not without the password and the confirmation.
    await page.getByRole('button', { name: 'Delete my account' }).click();
    const passwordField = page.getByLabel('Your password');
    await page.getByText('Enter your password to confirm it is you.').waitFor();
    await page.getByText('Tick this to confirm you want your account deleted.').waitFor();
    assert.ok(await passwordField.evaluate((el) => el === document.activeElement), 'focus on the first problem');
    await checkPage(s, 'account-delete-invalid');

    await passwordField.fill('not-my-password');
    await page.getByRole('checkbox', { name: /I understand/ }).check();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByText('The password is not right.').waitFor();

    await passwordField.fill(password);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.getByText('Your account has been deleted and you are logged out.').waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' }).waitFor();
    await checkPage(s, 'account-deleted');

    // Logging in again fails, by handle and by email.
    for (const login of [handle, `${handle}@example.org`]) {
      await page.goto('/login');
      await page.getByLabel('Handle or email').fill(login);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('alert').getByText(/do not match an account/).waitFor();
      assert.equal(new URL(page.url()).pathname, '/login');
    }
    await checkPage(s, 'account-login-after-delete');

    // The profile is gone from the public pages too.
    await page.goto(`/people/${handle}`);
    await page.getByRole('heading', { level: 1, name: 'No one to show here' }).waitFor();
  });
});

test('a write token can change things for its owner', async () => {
  await withPage({}, async (s) => {
    const { page } = s;
    await signUp(page, { handle: uniqueHandle('wri') });
    await page.goto('/settings/tokens');
    const { token } = await createToken(page, 'Writing script', /Read and write/);
    await page.getByRole('listitem').filter({ hasText: 'Writing script' }).getByText('Read and write').waitFor();
    const write = await asClient(token, 'mutation { updateProfile(input: { bio: "written by a script" }) { person { bio } } }');
    assert.deepEqual(write, { data: { updateProfile: { person: { bio: 'written by a script' } } } });
    // Still not the account itself: tokens cannot make tokens.
    const more = await asClient(token, 'mutation { createAccessToken(input: { name: "more", scope: READ }) { token } }');
    assert.deepEqual(codes(more), ['FORBIDDEN'], JSON.stringify(more));
  });
});

for (const [label, width] of [
  ['375 px', widths.phone],
  ['1280 px', widths.desktop],
]) {
  describe(`the token and account pages at ${label}`, () => {
    test('with tokens, a new one, and a form with problems', async () => {
      await withPage({ width }, async (s) => {
        const { page } = s;
        await signUp(page, { handle: uniqueHandle(`w${width}`) });

        await page.goto('/settings/tokens');
        await page.getByRole('heading', { level: 1, name: 'Access tokens' }).waitFor();
        await page.getByText('You have no access tokens yet').waitFor();
        await checkPage(s, `${width}-tokens-empty`);

        await page.getByRole('button', { name: 'Create token' }).click();
        await page.getByText('Give the token a name').waitFor();
        await checkPage(s, `${width}-tokens-invalid`);

        await createToken(page, 'Old dashboard');
        await page.getByRole('button', { name: 'I have saved it' }).click();
        await page.getByRole('button', { name: 'Revoke “Old dashboard”' }).click();
        await page.getByRole('button', { name: 'Revoke token' }).click();
        await page.getByText('“Old dashboard” is revoked.').waitFor();
        await createToken(page, 'A client with a rather long name to see how it wraps on a phone', /Read and write/);
        await page.getByRole('listitem').nth(1).waitFor();
        await checkPage(s, `${width}-tokens`);

        await openSettingsTab(page, 'Account');
        await page.getByRole('heading', { level: 1, name: 'Your data and account' }).waitFor();
        await checkPage(s, `${width}-account`);
        await page.getByRole('button', { name: 'Delete my account' }).click();
        await page.getByText('Tick this to confirm').waitFor();
        await checkPage(s, `${width}-account-invalid`);
      });
    });
  });
}
