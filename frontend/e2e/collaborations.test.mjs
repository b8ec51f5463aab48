// Browser paths of collaborations and membership (issue 4): create one in guided steps,
// join by committing, a conditional commitment binding with the third member, and a
// steward removing a member. Three people, each in their own browser context.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gql, signUpByAPI } from './api.mjs';
import { checkPage, launchBrowser, logIn, openPage, signUp, startServer, uniqueHandle } from './harness.mjs';

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

/** A member's card on the collaboration page, by their name. */
function memberCard(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(name) }) });
}

/** A tab of the collaboration's sections. */
function section(page, name) {
  return page.getByRole('navigation', { name: 'Sections of this collaboration' }).getByRole('link', { name });
}

/** A need's card on the collaboration page, by its title. */
function needCard(page, title) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
}

test('create with two needs, join toward a need, bind on the third member, remove a member', async () => {
  const steward = await openPage(browser, server.url);
  const joiner = await openPage(browser, server.url);
  const third = await openPage(browser, server.url);
  try {
    // The steward starts a collaboration in five steps.
    const a = steward.page;
    await signUp(a, { handle: uniqueHandle('ada'), displayName: 'Ada Steward' });
    await a.goto('/collaborations/new');
    await a.getByLabel('Title').fill('Repair Café Noord');
    await a
      .getByLabel('The shared goal')
      .fill('Fix 500 broken kettles, lamps and bikes a year together, instead of throwing them away.');
    await checkPage(steward, 'collab-create-1-goal');
    await a.getByRole('button', { name: 'Next' }).click();

    await a.getByRole('heading', { level: 1, name: /Values/ }).waitFor();
    await a.getByRole('button', { name: 'Sustainability', exact: true }).click();
    await a.getByRole('button', { name: 'Community', exact: true }).click();
    await a
      .getByRole('group', { name: 'How much does sustainability weigh?' })
      .getByRole('radio', { name: '5: Above all' })
      .check();
    await checkPage(steward, 'collab-create-2-values');
    await a.getByRole('button', { name: 'Next' }).click();

    await a.getByLabel('Where it meets').fill('Rotterdam-Noord');
    await a.getByLabel('Members can take part remotely').check();
    await checkPage(steward, 'collab-create-3-place');
    await a.getByRole('button', { name: 'Next' }).click();

    await a.getByRole('button', { name: 'Add a need' }).click();
    const need1 = a.getByRole('group', { name: 'Need 1' });
    await need1.getByLabel('Kind').selectOption('SKILL');
    await need1.getByLabel('How much').fill('20');
    await need1.getByLabel(/Skill asked for/).fill('repair');
    await a.getByRole('button', { name: 'Add another need' }).click();
    const need2 = a.getByRole('group', { name: 'Need 2' });
    await need2.getByLabel('Kind').selectOption('MONEY');
    await need2.getByLabel('How much').fill('300');
    await need2.getByLabel(/What it is for/).fill('Tools and spare parts.');
    await checkPage(steward, 'collab-create-4-needs');
    await a.getByRole('button', { name: 'Next' }).click();

    await a.getByLabel(/Toward a need/).selectOption({ label: 'Need 1: 20 hours of repair' });
    await a.getByLabel('How much').fill('5');
    await a.getByLabel(/What you will do or give/).fill('Run the first four repair evenings.');
    await checkPage(steward, 'collab-create-5-commitment');
    await a.getByRole('button', { name: 'Start the collaboration' }).click();
    // The server's slugs keep ASCII letters only: "Café" becomes "caf".
    await a.waitForURL(/\/c\/repair-caf[a-z]*-noord$/);
    await a.getByText('Your collaboration is started').waitFor();
    const slugPath = new URL(a.url()).pathname;
    await a.getByRole('link', { name: 'People and needs', exact: true }).click();
    const repair = needCard(a, 'Skill: 20 hours of repair');
    await repair.getByText('5 of 20 hours pledged (25%)').waitFor();
    await needCard(a, 'Money: €300.00').getByText('€0.00 of €300.00 pledged (0%)').waitFor();
    await checkPage(steward, 'collab-page-created');

    // A second person asks to join, toward the repair need, binding only with three members.
    const b = joiner.page;
    await signUp(b, { handle: uniqueHandle('bo'), displayName: 'Bo Joiner' });
    await b.goto(slugPath);
    await b.getByRole('link', { name: 'Join by committing' }).click();
    await b.getByRole('heading', { level: 1, name: 'Join by committing' }).waitFor();
    await b.getByLabel(/Toward a need/).selectOption({ label: '20 hours of repair (25% pledged)' });
    assert.equal(await b.getByLabel('Kind').inputValue(), 'SKILL');
    await b.getByLabel('How much').fill('5');
    await b.getByRole('radio', { name: /When enough members have joined/ }).check();
    await b.getByLabel('Active members needed').fill('3');
    await checkPage(joiner, 'collab-join-form');
    await b.getByRole('button', { name: 'Ask to join' }).click();
    await b.waitForURL(`**${slugPath}`);
    await b.getByText('Your request to join is sent').waitFor();
    await b.getByText('A steward will answer your request.').waitFor();
    await checkPage(joiner, 'collab-join-requested');

    // The steward approves: the need's pledged share moves; Bo's commitment waits for a third member.
    await a.reload();
    await a.getByRole('heading', { name: 'Asking to join (1)' }).waitFor();
    await checkPage(steward, 'collab-request-waiting');
    await memberCard(a, 'Bo Joiner').getByRole('button', { name: 'Approve' }).click();
    await a.getByText('Bo Joiner is now a member.').waitFor();
    await repair.getByText('10 of 20 hours pledged (50%)').waitFor();
    const bo = memberCard(a, 'Bo Joiner');
    await bo.getByText('Pending', { exact: true }).waitFor();
    await bo.getByText('Binds when 3 members are active.').waitFor();
    await checkPage(steward, 'collab-approved-pledged-moves');

    // A third person joins; once approved, Bo's conditional commitment binds.
    const c = third.page;
    await signUp(c, { handle: uniqueHandle('cy'), displayName: 'Cy Third' });
    await c.goto(`${slugPath}/join`);
    await c.getByLabel('How much').fill('2');
    await c.getByLabel(/What you will do or give/).fill('Bring tea and biscuits.');
    await c.getByRole('button', { name: 'Ask to join' }).click();
    await c.getByText('A steward will answer your request.').waitFor();

    await a.reload();
    await memberCard(a, 'Cy Third').getByRole('button', { name: 'Approve' }).click();
    await a.getByText('Cy Third is now a member.').waitFor();
    await bo.getByText('Binding', { exact: true }).waitFor();
    assert.equal(await bo.getByText('Pending', { exact: true }).count(), 0);
    // The count of active members is in the overview's header.
    await section(a, 'Overview').click();
    await a.getByText('3 active members').waitFor();
    await section(a, 'People and needs').click();
    await checkPage(steward, 'collab-conditional-binds');

    // Bo sees it too.
    await b.goto(`${slugPath}/people`);
    await memberCard(b, 'Bo Joiner').getByText('Binding', { exact: true }).waitFor();

    // The steward removes Cy.
    await memberCard(a, 'Cy Third').getByRole('button', { name: 'Remove' }).click();
    await checkPage(steward, 'collab-remove-confirm');
    await a.getByRole('button', { name: 'Remove Cy Third' }).click();
    await a.getByText('Cy Third is removed.').waitFor();
    await section(a, 'Overview').click();
    await a.getByText('2 active members').waitFor();
    await section(a, 'People and needs').click();
    const active = a.getByRole('list', { name: 'Active members' });
    assert.equal(await active.getByRole('heading', { level: 3, name: /Cy Third/ }).count(), 0);
    await a.getByText('Former members and declined requests (1)').click();
    await memberCard(a, 'Cy Third').getByText('Removed', { exact: true }).waitFor();
    await checkPage(steward, 'collab-member-removed');

    // Cy is told where they stand.
    await c.reload();
    await c.getByText('A steward removed you from this collaboration').waitFor();
    await checkPage(third, 'collab-removed-view');

    // My collaborations lists it for the steward.
    await a.goto('/collaborations');
    await a.getByRole('link', { name: 'Repair Café Noord' }).waitFor();
    await checkPage(steward, 'collab-my-collaborations');
  } finally {
    await Promise.all([steward.close(), joiner.close(), third.close()]);
  }
});

/** A collaboration started through the API by the person with token; returns its slug. */
async function collaborationByAPI(token, title, more = {}) {
  const { values } = await gql(server.url, '{ values(first: 1) { edges { node { id } } } }', {}, token);
  const data = await gql(
    server.url,
    `mutation ($input: CreateCollaborationInput!) { createCollaboration(input: $input) { collaboration { id slug } } }`,
    {
      input: {
        title,
        goal: 'Lend seeds to every garden in the west of the city.',
        remote: true,
        values: [{ valueId: values.edges[0].node.id, weight: 3 }],
        commitment: { kind: 'TIME', quantity: '2' },
        ...more,
      },
    },
    token,
  );
  return data.createCollaboration.collaboration;
}

test('a steward clears the dates of a collaboration, one after the other', async () => {
  // The stage, through the API: a steward and a collaboration with both dates.
  const who = await signUpByAPI(server.url, uniqueHandle('dee'), 'Dee Steward');
  const day = 24 * 3600 * 1000;
  const { slug } = await collaborationByAPI(who.token, 'Seed Library West', {
    startsAt: new Date((await server.now()).getTime() + 10 * day).toISOString(),
    endsAt: new Date((await server.now()).getTime() + 40 * day).toISOString(),
  });
  const session = await openPage(browser, server.url);
  try {
    const a = session.page;
    await logIn(a, { login: who.handle, password: who.password });
    const about = a.getByRole('list', { name: 'About' });
    await a.goto(`/c/${slug}`);
    await about.getByText(/ – /).waitFor(); // "starts – ends"

    // Emptying a date and saving clears it; before, the date silently stayed.
    await a.goto(`/c/${slug}/edit`);
    await a.getByLabel('Ends').fill('');
    await a.getByRole('button', { name: 'Save changes' }).click();
    await a.getByText('Your changes are saved.').waitFor();
    await about.getByText(/^From /).waitFor();

    await a.goto(`/c/${slug}/edit`);
    await a.getByLabel('Starts').fill('');
    await a.getByRole('button', { name: 'Save changes' }).click();
    await a.getByText('Your changes are saved.').waitFor();
    await about.getByText(/active members?$/).waitFor();
    assert.equal(await about.getByText(/^From |^Until | – /).count(), 0, 'no dates are shown');
  } finally {
    await session.context.close();
  }
});

test('a steward withdraws an invitation, and the invited person is told', async () => {
  const steward = await signUpByAPI(server.url, uniqueHandle('eve'), 'Eve Steward');
  const guest = await signUpByAPI(server.url, uniqueHandle('finn'), 'Finn Guest');
  const collab = await collaborationByAPI(steward.token, 'Seed Library East');
  await gql(
    server.url,
    `mutation ($c: ID!, $p: ID!) { inviteMember(input: { collaborationId: $c, personId: $p }) { membership { id } } }`,
    { c: collab.id, p: guest.id },
    steward.token,
  );
  const a = await openPage(browser, server.url);
  const b = await openPage(browser, server.url);
  try {
    await logIn(a.page, { login: steward.handle, password: steward.password });
    await a.page.goto(`/c/${collab.slug}/people`);
    await a.page.getByRole('heading', { name: 'Invited (1)' }).waitFor();
    await memberCard(a.page, 'Finn Guest').getByRole('button', { name: 'Withdraw the invitation' }).click();
    await checkPage(a, 'collab-withdraw-invitation-confirm');
    await a.page.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await a.page.getByText('You withdrew the invitation to Finn Guest.').waitFor();
    await a.page.getByRole('heading', { name: /^Invited/ }).waitFor({ state: 'detached' }); // nobody is invited any more

    // Finn's invitation says what became of it, and asks nothing.
    await logIn(b.page, { login: guest.handle, password: guest.password });
    await b.page.goto('/notifications');
    const item = b.page.getByRole('listitem').filter({ hasText: 'Seed Library East' });
    await item.getByText('It was withdrawn.').waitFor();
    assert.equal(await item.getByRole('link', { name: /accept|join/i }).count(), 0);
  } finally {
    await a.context.close();
    await b.context.close();
  }
});
