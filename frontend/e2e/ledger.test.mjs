// Browser paths of the contribution ledger (issue 5): log a contribution, a second member
// confirms it from their dashboard and fulfilment moves; a reversal shows both entries and
// the corrected total. The collaboration and its two members are set up through the API.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gql, inDays, signUpByAPI, valueID } from './api.mjs';
import { checkPage, launchBrowser, logIn, openPage, startServer, uniqueHandle } from './harness.mjs';

let server;
let browser;
let steward;
let member;
let slug;

before(async () => {
  server = await startServer({ seed: false });
  browser = await launchBrowser();
  steward = await signUpByAPI(server.url, uniqueHandle('lena'), 'Lena Ledger');
  member = await signUpByAPI(server.url, uniqueHandle('moss'), 'Moss Member');
  const data = await gql(
    server.url,
    `mutation ($input: CreateCollaborationInput!) { createCollaboration(input: $input) { collaboration { id slug } } }`,
    {
      input: {
        title: 'Seed Library Zuid',
        goal: 'Lend seeds to every allotment in Zuid and collect twice as many back at harvest.',
        values: [{ valueId: await valueID(server.url, 'sustainability'), weight: 5 }],
        remote: true,
        commitment: { kind: 'TIME', quantity: '10', description: 'Sort and label the seed packets.', dueAt: await inDays(server.url, 7) },
      },
    },
    steward.token,
  );
  slug = data.createCollaboration.collaboration.slug;
  const request = await gql(
    server.url,
    `mutation ($input: RequestToJoinInput!) { requestToJoin(input: $input) { membership { id } } }`,
    {
      input: {
        collaborationId: data.createCollaboration.collaboration.id,
        commitments: [{ kind: 'TIME', quantity: '5' }],
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

/** The steward's card in the members list. */
const lenaCard = (page) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /Lena Ledger/ }) });

test('log, confirm from the dashboard, fulfilment moves; a reversal keeps both entries and corrects the total', async () => {
  const a = await openPage(browser, server.url);
  const b = await openPage(browser, server.url);
  try {
    // Lena logs 4 hours against her commitment of 10.
    await logIn(a.page, { login: steward.handle, password: steward.password });
    await a.page.goto(`/c/${slug}/ledger`);
    const ledger = a.page.getByRole('region', { name: 'Ledger' });
    await ledger.getByRole('button', { name: 'Log a contribution' }).click();
    const form = a.page.getByRole('form', { name: 'Log a contribution' });
    await form
      .getByLabel(/Against one of your commitments/)
      .selectOption({ label: '10 hours: Sort and label the seed packets.' });
    await form.getByLabel('How much did you give?').fill('4');
    await form.getByLabel(/What was it/).fill('Sorted the tomato and bean seeds.');
    await checkPage(a, 'ledger-log-form');
    await form.getByRole('button', { name: 'Log it' }).click();
    await ledger.getByText('Your 4 hours is in the ledger').waitFor();
    await a.page.getByRole('navigation', { name: 'Sections of this collaboration' }).getByRole('link', { name: 'People and needs' }).click();
    await lenaCard(a.page)
      .getByText('0 of 10 hours confirmed (0%) · 4 hours waiting for confirmation (40% in all)')
      .waitFor();
    await a.page.getByRole('navigation', { name: 'Sections of this collaboration' }).getByRole('link', { name: 'Ledger' }).click();
    await ledger.getByRole('heading', { name: /Waiting for confirmation/ }).waitFor();
    await checkPage(a, 'ledger-logged');

    // Her dashboard lists her commitment due within a week.
    await a.page.goto('/dashboard');
    const due = a.page.getByRole('region', { name: /Your commitments due or behind/ });
    await due.getByText('10 hours', { exact: true }).waitFor();
    await due.getByText('Due soon').waitFor();
    await checkPage(a, 'ledger-dashboard-steward');

    // Moss confirms it from the dashboard, which lists what waits for him.
    await logIn(b.page, { login: member.handle, password: member.password });
    await b.page.goto('/dashboard');
    const waiting = b.page.getByRole('region', { name: /Waiting for your confirmation/ });
    await waiting.getByText('Sorted the tomato and bean seeds.').waitFor();
    await checkPage(b, 'ledger-dashboard-waiting');
    await waiting.getByRole('button', { name: 'Confirm 4 hours by Lena Ledger' }).click();
    await b.page.getByText('You confirmed Lena Ledger’s 4 hours.').waitFor();
    await waiting.getByText('Nothing waits for your confirmation').waitFor();
    await checkPage(b, 'ledger-dashboard-confirmed');

    // Fulfilment moves to 40% confirmed.
    await a.page.goto(`/c/${slug}/people`);
    await lenaCard(a.page).getByText('4 of 10 hours confirmed (40%)', { exact: true }).waitFor();
    await lenaCard(a.page).getByText('Reciprocity 40%').waitFor();
    await a.page.getByRole('navigation', { name: 'Sections of this collaboration' }).getByRole('link', { name: 'Ledger' }).click();
    const entries = a.page.getByRole('list', { name: 'Ledger entries, newest first' });
    await entries.getByText('confirmed by Moss Member').waitFor();
    await checkPage(a, 'ledger-confirmed-fulfilment');

    // A mistaken entry of 3 hours, then its reversal: both stay, neither counts.
    await ledger.getByRole('button', { name: 'Log a contribution' }).click();
    await form.getByLabel('How much did you give?').fill('3');
    await form.getByLabel(/What was it/).fill('Logged twice by mistake.');
    await form.getByRole('button', { name: 'Log it' }).click();
    await ledger.getByText('Your 3 hours is in the ledger').waitFor();
    const totals = ledger
      .getByRole('listitem')
      .filter({ hasText: 'Time' })
      .filter({ has: a.page.getByTestId('total-amount') });
    await totals.getByText('7 hours', { exact: true }).waitFor();

    await entries.getByRole('button', { name: 'Reverse 3 hours by Lena Ledger' }).click();
    await entries.getByLabel('Why is it corrected?').fill('The same evening was logged twice.');
    await checkPage(a, 'ledger-reverse-form');
    await entries.getByRole('button', { name: 'Reverse the entry' }).click();
    await ledger.getByText(/The entry of 3 hours is reversed/).waitFor();
    const reversal = entries.getByRole('listitem').filter({ hasText: 'Why: The same evening was logged twice.' });
    await reversal.getByText('−3 hours').waitFor();
    await reversal.getByText('Correction').waitFor();
    const reversed = entries.getByRole('listitem').filter({ hasText: 'Logged twice by mistake.' });
    await reversed.getByText('Reversed', { exact: true }).waitFor();
    await totals.getByText('4 hours', { exact: true }).waitFor();
    await totals.getByText(/4 hours confirmed/).waitFor();
    assert.equal(await entries.getByRole('listitem').count(), 3);
    // The totals read top to bottom: heading, then the cards (the impact pages' styles once
    // laid them out side by side).
    const heading = await ledger.getByRole('heading', { name: 'Totals' }).boundingBox();
    const card = await totals.boundingBox();
    assert.ok(heading.y + heading.height <= card.y, `the Totals heading (${JSON.stringify(heading)}) is above its cards (${JSON.stringify(card)})`);
    await checkPage(a, 'ledger-reversed');

    // The ledger filters by member.
    await ledger.getByLabel('Member').selectOption({ label: 'Moss Member' });
    await entries.getByText('No entries match these filters').waitFor();
    await ledger.getByLabel('Member').selectOption({ label: 'Lena Ledger' });
    await entries.getByText('Sorted the tomato and bean seeds.').waitFor();

    // Lena's page shows her record as a giver.
    await a.page.goto(`/people/${steward.handle}`);
    const record = a.page.getByRole('region', { name: 'Record as a giver' });
    await record.getByText('Reciprocity 40%', { exact: true }).waitFor();
    await checkPage(a, 'ledger-giver-record');
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});
