// Browser path of gatherings (issue 23): a steward plans a gathering with capacity 1; two
// members answer going, the second lands on the waiting list; the first steps back and the
// second, in another browser, sees that they moved up; after the gathering (the server's
// clock moved), the steward records attendance.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gql, signUpByAPI, valueID } from './api.mjs';
import { checkPage, launchBrowser, logIn, openPage, startServer, uniqueHandle, widths } from './harness.mjs';

let server;
let browser;
let steward;
let bo;
let cy;
let collab;

async function join(member) {
  const asked = await gql(
    server.url,
    `mutation ($input: RequestToJoinInput!) { requestToJoin(input: $input) { membership { id } } }`,
    { input: { collaborationId: collab.id, commitments: [{ kind: 'TIME', quantity: '3' }] } },
    member.token,
  );
  await gql(
    server.url,
    `mutation ($input: MembershipActionInput!) { approveMember(input: $input) { membership { status } } }`,
    { input: { membershipId: asked.requestToJoin.membership.id } },
    steward.token,
  );
}

before(async () => {
  server = await startServer({ seed: false });
  browser = await launchBrowser();
  steward = await signUpByAPI(server.url, uniqueHandle('nia'), 'Nia Steward');
  bo = await signUpByAPI(server.url, uniqueHandle('bo'), 'Bo Member');
  cy = await signUpByAPI(server.url, uniqueHandle('cy'), 'Cy Member');
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
  await join(bo);
  await join(cy);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The wall-clock date of the server's time plus days, as a datetime-local field takes it. */
async function dayAhead(days) {
  const t = new Date((await server.now()).getTime() + days * 86_400_000);
  return t.toISOString().slice(0, 10);
}

test('plan with capacity 1, the second going waits, moves up when the first steps back, attendance recorded', async () => {
  const nia = await openPage(browser, server.url);
  const boS = await openPage(browser, server.url);
  const cyS = await openPage(browser, server.url);
  try {
    // Nia plans from the collaboration's Gatherings section.
    await logIn(nia.page, { login: steward.handle, password: steward.password });
    await nia.page.goto(`/c/${collab.slug}`);
    await nia.page
      .getByRole('navigation', { name: 'Sections of this collaboration' })
      .getByRole('link', { name: 'Gatherings' })
      .click();
    await nia.page.getByText('No gatherings planned').waitFor();
    await nia.page.getByRole('link', { name: 'Plan a gathering' }).click();
    const form = nia.page.getByRole('form', { name: 'Plan a gathering' });
    await form.getByRole('button', { name: 'Plan the gathering' }).click();
    await form.getByText('Give the gathering a title of at least 3 characters.').waitFor();
    const day = await dayAhead(2);
    await form.getByLabel('Title').fill('Saturday repair table');
    await form.getByLabel('Description').fill('Bring a **broken lamp**.');
    await form.getByLabel('Starts').fill(`${day}T10:00`);
    await form.getByLabel('Ends').fill(`${day}T13:00`);
    await form.getByLabel('Time zone').selectOption('Europe/Amsterdam');
    await form.getByLabel('Place').fill('Buiksloterweg 5, Amsterdam');
    await form.getByLabel('Capacity').fill('1');
    await form.getByRole('button', { name: 'Plan the gathering' }).click();
    await nia.page.waitForURL(`**/c/${collab.slug}/gatherings/*`);
    await nia.page.getByRole('heading', { level: 2, name: 'Saturday repair table' }).waitFor();
    await nia.page.locator('strong', { hasText: 'broken lamp' }).waitFor();
    await nia.page.getByText('(Europe/Amsterdam)').waitFor();
    const icsHref = await nia.page.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href');
    const ics = await (await fetch(new URL(icsHref, server.url))).text();
    assert.match(ics, /DTSTART;TZID=Europe\/Amsterdam:\d{8}T100000/);
    const gatheringPath = new URL(nia.page.url()).pathname;

    // Bo goes; the only place is his.
    await logIn(boS.page, { login: bo.handle, password: bo.password });
    await boS.page.goto(gatheringPath);
    await boS.page.getByRole('button', { name: 'Going', exact: true }).click();
    await boS.page.getByText('Your answer: Going.').waitFor();

    // Cy wants to go too: it is full, so Cy waits, first in line.
    await logIn(cyS.page, { login: cy.handle, password: cy.password });
    await cyS.page.goto(gatheringPath);
    await cyS.page.getByRole('button', { name: 'Join the waiting list' }).click();
    await cyS.page.getByText('You are number 1 on the waiting list.', { exact: false }).waitFor();
    await cyS.page.getByRole('list', { name: 'Waiting list' }).getByText('Cy Member').waitFor();
    await checkPage(cyS, 'gathering-waiting-desktop');
    const phone = await openPage(browser, server.url, { width: widths.phone });
    try {
      await logIn(phone.page, { login: cy.handle, password: cy.password });
      await phone.page.goto(gatheringPath);
      await phone.page.getByText('You are number 1 on the waiting list.', { exact: false }).waitFor();
      await checkPage(phone, 'gathering-waiting-phone');
    } finally {
      await phone.close();
    }

    // Bo steps back: Cy moves up, and sees it in the other browser.
    await boS.page.getByRole('button', { name: 'Not going', exact: true }).click();
    await boS.page.getByText('Your answer: Not going.').waitFor();
    await cyS.page.reload();
    await cyS.page.getByText('Your answer: Going.').waitFor();
    await cyS.page.getByRole('list', { name: 'Going' }).getByText('Cy Member').waitFor();
    assert.equal(await cyS.page.getByRole('list', { name: 'Waiting list' }).count(), 0);
    await cyS.page.goto('/notifications');
    await cyS.page
      .getByText('A place opened at “Saturday repair table” in Repair Café Noord', { exact: false })
      .waitFor();

    // After the gathering, Nia records who attended: Cy, for its three hours.
    await server.advanceClock('72h');
    await nia.context.clock.setSystemTime(await server.now());
    await nia.page.reload();
    const attendance = nia.page.getByRole('form', { name: 'Record attendance' });
    await attendance.getByLabel('Hours of Cy Member').waitFor();
    assert.equal(await attendance.getByRole('checkbox', { name: 'Cy Member' }).isChecked(), true);
    assert.equal(await attendance.getByLabel('Hours of Cy Member').inputValue(), '3');
    await attendance.getByRole('button', { name: 'Record attendance' }).click();
    await nia.page.getByRole('heading', { name: 'Attended (1)' }).waitFor();
    await checkPage(nia, 'gathering-attended');
    nia.assertNoErrors();
    boS.assertNoErrors();
    cyS.assertNoErrors();
  } finally {
    await nia.close();
    await boS.close();
    await cyS.close();
  }
});

test('a steward edits a gathering: the form holds what it was, and the page shows what it is now', async () => {
  const day = await dayAhead(5);
  // The clock may have moved past the sign-up tokens' life: a fresh one.
  const token = (
    await gql(server.url, `mutation ($input: LogInInput!) { logIn(input: $input) { accessToken } }`, {
      input: { login: steward.handle, password: steward.password, transport: 'TOKEN' },
    })
  ).logIn.accessToken;
  const planned = await gql(
    server.url,
    `mutation ($input: PlanGatheringInput!) { planGathering(input: $input) { gathering { number } } }`,
    {
      input: {
        collaborationId: collab.id,
        title: 'Evening planning',
        localStart: `${day}T19:00`,
        localEnd: `${day}T20:30`,
        timeZone: 'Europe/Amsterdam',
        place: 'The back room',
        capacity: 8,
      },
    },
    token,
  );
  const path = `/c/${collab.slug}/gatherings/${planned.planGathering.gathering.number}`;
  const nia = await openPage(browser, server.url);
  const boS = await openPage(browser, server.url);
  try {
    // Members who do not steward see no way to edit.
    await logIn(boS.page, { login: bo.handle, password: bo.password });
    await boS.page.goto(path);
    await boS.page.getByRole('heading', { level: 2, name: 'Evening planning' }).waitFor();
    assert.equal(await boS.page.getByRole('link', { name: 'Edit the gathering' }).count(), 0);

    await logIn(nia.page, { login: steward.handle, password: steward.password });
    // The first test's gathering has ended: it is not edited any more.
    await nia.page.goto(`/c/${collab.slug}/gatherings/1/edit`);
    await nia.page.getByText('This gathering cannot be edited').waitFor();
    await nia.page.goto(path);
    await nia.page.getByRole('link', { name: 'Edit the gathering' }).click();
    const form = nia.page.getByRole('form', { name: 'Edit “Evening planning”' });
    assert.equal(await form.getByLabel('Title').inputValue(), 'Evening planning');
    assert.equal(await form.getByLabel('Starts').inputValue(), `${day}T19:00`);
    assert.equal(await form.getByLabel('Time zone').inputValue(), 'Europe/Amsterdam');
    assert.equal(await form.getByLabel('Place').inputValue(), 'The back room');
    assert.equal(await form.getByLabel('Capacity').inputValue(), '8');
    await checkPage(nia, 'gathering-edit-desktop');

    await form.getByLabel('Capacity').fill('0');
    await form.getByRole('button', { name: 'Save the gathering' }).click();
    await form.getByText('Capacity is a whole number, 1 or more', { exact: false }).waitFor();
    await form.getByLabel('Title').fill('Evening planning, moved');
    await form.getByLabel('Starts').fill(`${day}T20:00`);
    await form.getByLabel('Ends').fill(`${day}T21:30`);
    await form.getByLabel('Capacity').fill('');
    await form.getByRole('button', { name: 'Save the gathering' }).click();
    await nia.page.waitForURL(`**${path}`);
    await nia.page.getByRole('heading', { level: 2, name: 'Evening planning, moved' }).waitFor();
    const stored = await gql(
      server.url,
      `query ($slug: String!, $n: Int!) { collaboration(slug: $slug) { gathering(number: $n) { title capacity startsAt } } }`,
      { slug: collab.slug, n: planned.planGathering.gathering.number },
      token,
    );
    assert.equal(stored.collaboration.gathering.title, 'Evening planning, moved');
    assert.equal(stored.collaboration.gathering.capacity, null);
    assert.equal(
      new Date(stored.collaboration.gathering.startsAt)
        .toLocaleString('sv', { timeZone: 'Europe/Amsterdam' })
        .slice(11, 16),
      '20:00',
    );
  } finally {
    await nia.close();
    await boS.close();
  }
});
