// Browser path of recurring commitments (issue 27): a member commits 4 hours per month from
// the commitment form, delivers part of the first (cut) month and some of the next, and
// sees the running month and the past one with their fulfilment. The collaboration, the
// entries and their confirmations go through the API; the clock is moved, never waited on.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gql, password, signUpByAPI, valueID } from './api.mjs';
import {
  checkPage,
  launchBrowser,
  logIn,
  openPage,
  screenshotDir,
  startServer,
  uniqueHandle,
  widths,
} from './harness.mjs';

let server;
let browser;
let steward;
let member;
let collab;

before(async () => {
  server = await startServer({ seed: false });
  browser = await launchBrowser();
  steward = await signUpByAPI(server.url, uniqueHandle('lena'), 'Lena Steward');
  member = await signUpByAPI(server.url, uniqueHandle('moss'), 'Moss Monthly');
  const data = await gql(
    server.url,
    `mutation ($input: CreateCollaborationInput!) { createCollaboration(input: $input) { collaboration { id slug } } }`,
    {
      input: {
        title: 'Repair Café Noord',
        goal: 'Fix a thousand things a year instead of throwing them away.',
        values: [{ valueId: await valueID(server.url, 'sustainability'), weight: 5 }],
        remote: true,
        commitment: { kind: 'TIME', quantity: '2', description: 'Host the first evening.' },
      },
    },
    steward.token,
  );
  collab = data.createCollaboration.collaboration;
  const request = await gql(
    server.url,
    `mutation ($input: RequestToJoinInput!) { requestToJoin(input: $input) { membership { id } } }`,
    {
      input: {
        collaborationId: collab.id,
        commitments: [{ kind: 'TIME', quantity: '1', description: 'Bring tools.' }],
      },
    },
    member.token,
  );
  await gql(
    server.url,
    `mutation ($input: MembershipActionInput!) { approveMember(input: $input) { membership { status } } }`,
    { input: { membershipId: request.requestToJoin.membership.id } },
    steward.token,
  );
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fresh token: moving the clock by days outlives the old ones. */
async function logInByAPI(person) {
  const data = await gql(server.url, `mutation ($input: LogInInput!) { logIn(input: $input) { accessToken } }`, {
    input: { login: person.handle, password, transport: 'TOKEN' },
  });
  person.token = data.logIn.accessToken;
}

/** Moss logs hours against a commitment and Lena confirms them. */
async function deliver(commitmentId, quantity) {
  await logInByAPI(member);
  await logInByAPI(steward);
  const logged = await gql(
    server.url,
    `mutation ($input: LogContributionInput!) { logContribution(input: $input) { contribution { id } } }`,
    { input: { collaborationId: collab.id, kind: 'TIME', quantity, commitmentId, note: 'Repair evening.' } },
    member.token,
  );
  await gql(
    server.url,
    `mutation ($input: ContributionActionInput!) { confirmContribution(input: $input) { contribution { id } } }`,
    { input: { contributionId: logged.logContribution.contribution.id } },
    steward.token,
  );
}

const mossCard = (page) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /Moss Monthly/ }) });

test('commit 4 hours per month and see the period’s fulfilment, then the past month', async () => {
  const a = await openPage(browser, server.url);
  try {
    await logIn(a.page, { login: member.handle, password: member.password });
    await a.page.goto(`/c/${collab.slug}`);
    await a.page.getByRole('link', { name: 'Commit more' }).click();
    await a.page.getByRole('heading', { level: 1, name: 'Commit more' }).waitFor();
    await a.page.getByLabel('How much').fill('4');
    await a.page.getByLabel('How often').selectOption('MONTH');
    await a.page.getByLabel(/What you will do or give/).fill('Repair evenings.');
    assert.equal(await a.page.getByLabel(/Due by/).count(), 0, 'a recurring commitment has no due date');
    await a.page.getByLabel(/Last day/).waitFor();
    await checkPage(a, 'recurring-form');
    await a.page.getByRole('button', { name: 'Commit', exact: true }).click();
    await a.page.waitForURL(`**/c/${collab.slug}`);

    // Its first month is cut to 26–30 November: 5 of 30 days, so 0.67 hours are due.
    await a.page.goto(`/c/${collab.slug}/people`);
    const card = mossCard(a.page);
    await card.getByText('4 hours per month').waitFor();
    await card.getByText(/Each month from 26 Nov 2026, until cancelled, in UTC time/).waitFor();
    await card.getByText('0 of 0.67 hours confirmed (0%)').waitFor();

    const data = await gql(
      server.url,
      `query ($slug: String!) { collaboration(slug: $slug) { viewerMembership { commitments { id recurrence { every } } } } }`,
      { slug: collab.slug },
      member.token,
    );
    const monthly = data.collaboration.viewerMembership.commitments.find((c) => c.recurrence?.every === 'MONTH');
    assert.ok(monthly, 'the monthly commitment is listed');
    await deliver(monthly.id, '0.5');
    await a.page.reload();
    await mossCard(a.page).getByText('0.5 of 0.67 hours confirmed (75%)').waitFor();
    await checkPage(a, 'recurring-first-month');
  } finally {
    await a.close();
  }

  // December: November has ended (75%, short), December runs.
  await server.advanceClock('144h');
  await deliver(await monthlyID(), '1');
  for (const [name, width] of Object.entries(widths)) {
    const s = await openPage(browser, server.url, { width });
    try {
      await logIn(s.page, { login: member.handle, password: member.password });
      await s.page.goto(`/c/${collab.slug}/people`);
      const card = mossCard(s.page);
      await card.getByText('1 of 4 hours confirmed (25%)').waitFor();
      await card.getByText(/Past months \(1\)/).waitFor();
      const past = card.getByRole('list', { name: 'Past months, newest first' });
      await past.getByText('0.5 of 0.67 hours confirmed (75%)').waitFor();
      await past.getByText('Short').waitFor();
      await checkPage(s, `recurring-periods-${name}`);
      mkdirSync(screenshotDir, { recursive: true });
      const commitment = card.getByRole('listitem').filter({ hasText: '4 hours per month' });
      await commitment.screenshot({ path: join(screenshotDir, `recurring-${width}.png`) });

      // The dashboard lists it as behind (November fell short), with December's delivery.
      await s.page.goto('/dashboard');
      const due = s.page.getByRole('listitem').filter({ hasText: '4 hours per month' });
      await due.getByText('Behind').waitFor();
      await due.getByText('The last month that ended fell short.').waitFor();
      await due.getByText(/This month: .*Dec.*2026, its last day/).waitFor();
      await due.getByText('1 of 4 hours confirmed (25%)').waitFor();
      await checkPage(s, `recurring-dashboard-${name}`);
    } finally {
      await s.close();
    }
  }
});

async function monthlyID() {
  await logInByAPI(member);
  const data = await gql(
    server.url,
    `query ($slug: String!) { collaboration(slug: $slug) { viewerMembership { commitments { id recurrence { every } } } } }`,
    { slug: collab.slug },
    member.token,
  );
  return data.collaboration.viewerMembership.commitments.find((c) => c.recurrence?.every === 'MONTH').id;
}
