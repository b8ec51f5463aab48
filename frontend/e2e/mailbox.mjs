// The dev mailbox (KINDRED_DEV_MAILBOX=1, which the harness turns on) as browser tests read
// it: mail goes out through the job queue, so each helper waits for what it expects.
import assert from 'node:assert/strict';
import { gql } from './api.mjs';

/** Every mail the dev mailbox holds, newest first: ID, ToAddress, Subject, TextBody, HTMLBody, Unsubscribe. */
export async function devMails(url) {
  const res = await fetch(`${url}/dev/mailbox?format=json`);
  assert.equal(res.status, 200, 'the dev mailbox is served');
  return res.json();
}

/** Waits up to 15 s for a mail that `match` accepts, and returns it. */
export async function waitForMail(url, match, what) {
  for (let i = 0; i < 150; i++) {
    const found = (await devMails(url)).find(match);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`${what} did not arrive: ${JSON.stringify((await devMails(url)).map((m) => [m.ToAddress, m.Subject]))}`);
}

/** Confirms the address of a person signed up by the API (handle@example.org), from the mail of signing up. */
export async function confirmEmail(url, person) {
  const mail = await waitForMail(
    url,
    (m) => m.ToAddress === `${person.handle}@example.org` && m.TextBody.includes('/verify-email?token='),
    `the confirmation mail to ${person.handle}`,
  );
  const token = /\/verify-email\?token=(\S+)/.exec(mail.TextBody)[1];
  await gql(url, `mutation ($t: String!) { verifyEmail(input: {token: $t}) { __typename } }`, { t: decodeURIComponent(token) }, person.token);
}
