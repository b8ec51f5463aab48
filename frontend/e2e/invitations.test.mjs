// Invitations (issue 22). By link: a steward makes a link in the people section; a newcomer
// follows it, signs up, states their values, comes back and joins by committing: ACTIVE
// without waiting. A withdrawn link says so plainly and shows nothing of the collaboration.
// By email: a newcomer follows the mailed link through sign-up to ACTIVE; a confirmed
// account gets the invitation in the app and accepts it by committing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gql, signUpByAPI } from './api.mjs';
import { checkPage, launchBrowser, logIn, openPage, screenshot, startServer, uniqueHandle } from './harness.mjs';
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

/** A PRIVATE collaboration with a need, started through the API; returns its slug. */
async function privateCollaboration(token) {
  const { values } = await gql(server.url, '{ values(first: 1) { edges { node { id } } } }', {}, token);
  const data = await gql(
    server.url,
    `mutation ($input: CreateCollaborationInput!) { createCollaboration(input: $input) { collaboration { slug } } }`,
    {
      input: {
        title: 'Night shelter rota',
        goal: 'Keep the shelter open every night of the winter with enough hands.',
        visibility: 'PRIVATE',
        remote: false,
        location: 'Utrecht',
        values: [{ valueId: values.edges[0].node.id, weight: 4 }],
        needs: [{ kind: 'TIME', quantity: '40', description: 'Night shifts' }],
        commitment: { kind: 'TIME', quantity: '4' },
      },
    },
    token,
  );
  return data.createCollaboration.collaboration.slug;
}

test('a newcomer follows an invitation link, signs up and joins by committing', async () => {
  const steward = await openPage(browser, server.url);
  const newcomer = await openPage(browser, server.url);
  const late = await openPage(browser, server.url, { width: 375 });
  try {
    const s = await signUpByAPI(server.url, uniqueHandle('sam'), 'Sam Steward');
    const slug = await privateCollaboration(s.token);

    // The steward makes a link for the night shifts, for up to five people.
    const a = steward.page;
    await logIn(a, { login: s.handle, password: s.password });
    await a.goto(`/c/${slug}/people`);
    const panel = a.getByRole('region', { name: 'Invitation links' });
    await panel.getByLabel(/How many people may use it/).fill('5');
    await panel.getByLabel(/For a need/).selectOption({ label: '40 hours: Night shifts' });
    await panel.getByRole('button', { name: 'Make a link' }).click();
    const url = await panel.getByTestId('new-invitation-link').innerText();
    assert.match(url, /\/invite\/[A-Za-z0-9_-]+$/);
    await panel.getByText('used 0 of 5 times').waitFor();
    await checkPage(steward, 'invite-links-made');

    // A newcomer follows it: the private collaboration's goal and needs show to them.
    const b = newcomer.page;
    const path = new URL(url).pathname;
    await b.goto(path);
    await b.getByRole('heading', { level: 1, name: 'Night shelter rota' }).waitFor();
    await b.getByText('Keep the shelter open every night').waitFor();
    await b.getByText('This invitation is for:').waitFor();
    await checkPage(newcomer, 'invite-signed-out');
    await b.getByRole('link', { name: 'Sign up to join' }).click();
    const handle = uniqueHandle('noa');
    await b.getByLabel('Your name').fill('Noa Newcomer');
    await b.getByLabel('Handle').fill(handle);
    await b.getByLabel('Email').fill(`${handle}@example.org`);
    await b.getByLabel('Password').fill('a-long-enough-password');
    await b.getByRole('button', { name: 'Create my account' }).click();
    await b.waitForURL('**/onboarding');
    await b.getByRole('button', { name: 'Add Community', exact: true }).click();
    await b.getByRole('button', { name: 'Save my values' }).click();

    // Back on the invitation, the commitment toward the need is drafted: they join at once.
    await b.waitForURL(`**${path}`);
    await b.getByText('Now say what you commit.').waitFor();
    await b.getByLabel('How much').fill('8');
    await checkPage(newcomer, 'invite-commit');
    await b.getByRole('button', { name: 'Join and commit' }).click();
    await b.waitForURL(`**/c/${slug}`);
    await b.getByText('Welcome: you are a member now.').waitFor();

    // The steward sees who came in by the link, and withdraws it.
    await a.reload();
    await panel.getByText('used 1 of 5 times').waitFor();
    await panel.getByRole('link', { name: 'Noa Newcomer' }).waitFor();
    await panel.getByRole('button', { name: 'Withdraw' }).click();
    await panel.getByText('Withdrawn').waitFor();

    // Followed now, the link says so and shows nothing of the collaboration.
    const c = late.page;
    await c.goto(path);
    await c.getByRole('heading', { level: 1, name: 'This invitation cannot be used' }).waitFor();
    await c.getByText('This invitation link was withdrawn').waitFor();
    assert.equal(await c.getByText('Night shelter rota').count(), 0);
    await checkPage(late, 'invite-withdrawn-phone');
  } finally {
    await steward.close();
    await newcomer.close();
    await late.close();
  }
});

test('an invitation by email: the newcomer signs up from the mail and joins; a confirmed account is invited in the app', async () => {
  const steward = await openPage(browser, server.url);
  const newcomer = await openPage(browser, server.url, { width: 375 });
  const member = await openPage(browser, server.url);
  try {
    const s = await signUpByAPI(server.url, uniqueHandle('sam'), 'Sam Steward');
    const known = await signUpByAPI(server.url, uniqueHandle('kai'), 'Kai Known');
    await confirmEmail(server.url, known);
    const slug = await privateCollaboration(s.token);
    const address = `${uniqueHandle('noa')}@example.org`;

    // The steward invites a new address and a known one at once, with a word of their own.
    const a = steward.page;
    await logIn(a, { login: s.handle, password: s.password });
    await a.goto(`/c/${slug}/people`);
    const panel = a.getByRole('region', { name: 'Invite by email' });
    await panel.getByLabel('Email addresses').fill(`${address.toUpperCase()},\n${known.handle}@example.org`);
    await panel.getByLabel(/For a need/).selectOption({ label: '40 hours: Night shifts' });
    await panel.getByLabel(/A few words from you/).fill('We need you on Tuesday nights.');
    await panel.getByRole('button', { name: 'Send invitations' }).click();
    await panel.getByText(`Mailed an invitation to ${address}.`, { exact: false }).waitFor();
    await panel.getByRole('link', { name: 'Kai Known' }).waitFor();
    const pending = panel.getByRole('list', { name: 'Invitations mailed' }).getByRole('listitem').filter({ hasText: address });
    await pending.getByText('Waiting').waitFor();
    await checkPage(steward, 'invite-by-email-sent');

    // The mail says who invites to what and why, and links to the join page.
    const mail = await waitForMail(server.url, (m) => m.ToAddress === address, 'the invitation mail');
    assert.equal(mail.Subject, 'Sam Steward invites you to join “Night shelter rota” on Kindred');
    assert.match(mail.TextBody, /We need you on Tuesday nights\./);
    assert.match(mail.TextBody, /You are invited for: 40 hours of time: Night shifts/);
    const link = new URL(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec(mail.TextBody)[0]);
    await a.goto(`/dev/mailbox/${mail.ID}`);
    await a.getByText('We need you on Tuesday nights.').waitFor();
    await screenshot(a, 'invite-by-email-mail');

    // The newcomer follows it on a phone, signs up with the address filled in, and joins.
    const b = newcomer.page;
    await b.goto(link.pathname);
    await b.getByRole('heading', { level: 1, name: 'Night shelter rota' }).waitFor();
    await b.getByText(address, { exact: true }).waitFor();
    await checkPage(newcomer, 'invite-by-email-join-page-phone');
    await b.getByRole('link', { name: 'Sign up to join' }).click();
    assert.equal(await b.getByLabel('Email').inputValue(), address);
    await b.getByLabel('Your name').fill('Noa Newcomer');
    await b.getByLabel('Handle').fill(address.split('@')[0]);
    await b.getByLabel('Password').fill('a-long-enough-password');
    await b.getByRole('button', { name: 'Create my account' }).click();
    await b.waitForURL('**/onboarding');
    await b.getByRole('button', { name: 'Add Community', exact: true }).click();
    await b.getByRole('button', { name: 'Save my values' }).click();
    await b.waitForURL(`**${link.pathname}`);
    await b.getByText('Now say what you commit.').waitFor();
    await b.getByLabel('How much').fill('6');
    await b.getByRole('button', { name: 'Join and commit' }).click();
    await b.waitForURL(`**/c/${slug}`);
    await b.getByText('Welcome: you are a member now.').waitFor();

    // The steward's list says the newcomer joined by it.
    await a.goto(`/c/${slug}/people`);
    await pending.getByText('Joined', { exact: true }).waitFor();
    await pending.getByRole('link', { name: 'Noa Newcomer' }).waitFor();
    await a.getByRole('heading', { name: 'Invited (1)' }).waitFor();
    await checkPage(steward, 'invite-by-email-joined');

    // The known account accepts in the app, by committing.
    const c = member.page;
    await logIn(c, { login: known.handle, password: known.password });
    await c.goto('/collaborations');
    const invitations = c.getByRole('region', { name: /Invitations/ });
    await invitations.getByRole('link', { name: 'Accept by committing' }).click();
    await c.getByRole('heading', { level: 1, name: 'Accept the invitation' }).waitFor();
    await c.getByLabel('How much').fill('3');
    await c.getByRole('button', { name: 'Accept and commit' }).click();
    await c.getByText('Welcome: you are a member now.').waitFor();
  } finally {
    await Promise.all([steward.close(), newcomer.close(), member.close()]);
  }
});
