// Browser path for teams that form all at once (issue 27): a forming tool library needs
// carpentry and bookkeeping; its steward and a member pledge "when every need is pledged"
// and wait. The steward sees the uncovered need and the proposed team (one person who
// lists both skills, not two who list one each), invites it in one step, and the invited
// person opens the collaboration and makes the last pledges through the form, "when every
// need is pledged": every pledge binds at once, as the members list shows.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, launchBrowser, logIn, openPage, startServer, uniqueHandle, widths } from './harness.mjs';
import { gql, password, signUpByAPI, valueID } from './api.mjs';

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

const allNeeds = { kind: 'ALL_NEEDS_PLEDGED' };

async function person(displayName, skills, strength) {
  const p = await signUpByAPI(server.url, uniqueHandle(displayName.toLowerCase()), displayName);
  await gql(
    server.url,
    `mutation ($i: UpdateProfileInput!) { updateProfile(input: $i) { person { id } } }`,
    { i: { skills } },
    p.token,
  );
  const value = await valueID(server.url, 'community');
  await gql(
    server.url,
    `mutation ($i: SetMyValueInput!) { setMyValue(input: $i) { person { id } } }`,
    { i: { valueId: value, strength } },
    p.token,
  );
  return p;
}

async function statuses(slug, token) {
  const data = await gql(
    server.url,
    `query ($s: String!) { collaboration(slug: $s) { members { person { handle } commitments { status condition { kind } } } } }`,
    { s: slug },
    token,
  );
  return data.collaboration.members.flatMap((m) => m.commitments.map((c) => c.status));
}

test('a team forms at once: the steward invites the proposed team and the last pledge binds every one', async () => {
  const steward = await person('Ines', ['coordination'], 5);
  const mia = await person('Mia', ['carpentry'], 3);
  const carla = await person('Carla', ['carpentry', 'bookkeeping'], 4);
  await person('Ben', ['bookkeeping'], 5);
  await person('Cora', ['carpentry'], 5);
  const created = await gql(
    server.url,
    `mutation ($i: CreateCollaborationInput!) { createCollaboration(input: $i) { collaboration { id slug needs { id skill } } } }`,
    {
      i: {
        title: 'Neighbourhood tool library',
        goal: 'Lend tools instead of everyone buying their own.',
        values: [{ valueId: await valueID(server.url, 'community'), weight: 5 }],
        remote: true,
        needs: [
          { kind: 'TIME', quantity: '6', skill: 'carpentry', description: 'Build the shelves' },
          { kind: 'TIME', quantity: '4', skill: 'bookkeeping', description: 'Keep the lending book' },
        ],
        commitment: { kind: 'TIME', quantity: '2', condition: allNeeds },
        commitmentNeedIndex: 0,
      },
    },
    steward.token,
  );
  const c = created.createCollaboration.collaboration;
  const [shelves] = c.needs;
  const asked = await gql(
    server.url,
    `mutation ($i: RequestToJoinInput!) { requestToJoin(input: $i) { membership { id } } }`,
    {
      i: {
        collaborationId: c.id,
        commitments: [{ kind: 'TIME', quantity: '2', needId: shelves.id, condition: allNeeds }],
      },
    },
    mia.token,
  );
  await gql(
    server.url,
    `mutation ($i: MembershipActionInput!) { approveMember(input: $i) { membership { status } } }`,
    { i: { membershipId: asked.requestToJoin.membership.id } },
    steward.token,
  );
  assert.deepEqual(await statuses(c.slug, steward.token), ['PENDING', 'PENDING']);

  for (const [name, width] of Object.entries(widths)) {
    const s = await openPage(browser, server.url, { width });
    try {
      await logIn(s.page, { login: steward.handle, password });
      await s.page.goto(`/c/${c.slug}`);
      const panel = s.page.getByRole('region', { name: 'Forming the team' });
      const uncovered = panel.getByRole('list', { name: 'Uncovered needs' });
      await uncovered.getByText('4 hours of bookkeeping', { exact: false }).waitFor();
      assert.match(await uncovered.textContent(), /6 hours of carpentry\s*4 of 6 hours pledged/);
      assert.equal(await uncovered.getByRole('listitem').count(), 2);
      const team = panel.getByRole('list', { name: 'Proposed team' });
      await team.getByRole('link', { name: 'Carla' }).waitFor();
      assert.equal(
        await team.getByRole('listitem').count(),
        1,
        'one person who lists both skills, not two better aligned',
      );
      await checkPage(s, `team-${name}`);
      if (name === 'phone') {
        await panel.getByRole('button', { name: 'Invite the proposed team' }).click();
        await s.page.getByText('Invited one person.').waitFor();
      }
    } finally {
      await s.close();
    }
  }

  const invitee = await openPage(browser, server.url, { width: widths.desktop });
  try {
    const page = invitee.page;
    await logIn(page, { login: carla.handle, password });
    await page.goto(`/c/${c.slug}`);
    await page.getByRole('link', { name: 'Accept by committing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accept the invitation' }).waitFor();
    await page.getByRole('button', { name: 'Add another commitment' }).click();
    const pledges = [
      ['Commitment 1', '6 hours of carpentry (67% pledged)', '2'],
      ['Commitment 2', '4 hours of bookkeeping (0% pledged)', '4'],
    ];
    for (const [legend, need, hours] of pledges) {
      const fields = page.getByRole('group', { name: legend });
      await fields.getByLabel(/Toward a need/).selectOption({ label: need });
      await fields.getByLabel('How much').fill(hours);
      await fields.getByRole('radio', { name: /^When every need is pledged/ }).check();
    }
    assert.deepEqual(
      await statuses(c.slug, steward.token),
      ['PENDING', 'PENDING'],
      'nothing binds before the last pledge',
    );
    await page.getByRole('button', { name: 'Accept and commit' }).click();
    await page.getByText('Welcome: you are a member now.').waitFor();
    await page
      .getByRole('navigation', { name: 'Sections of this collaboration' })
      .getByRole('link', { name: 'People and needs' })
      .click();
    const members = page.getByRole('list', { name: 'Active members' });
    await members.getByRole('link', { name: 'Carla' }).waitFor();
    const badges = members.getByText(/^(Binding|Pending)$/);
    assert.deepEqual(await badges.allTextContents(), ['Binding', 'Binding', 'Binding', 'Binding']);
    await checkPage(invitee, 'team-bound');
  } finally {
    await invitee.close();
  }
  assert.deepEqual(await statuses(c.slug, steward.token), ['BINDING', 'BINDING', 'BINDING', 'BINDING']);

  const s = await openPage(browser, server.url, { width: widths.desktop });
  try {
    await logIn(s.page, { login: steward.handle, password });
    await s.page.goto(`/c/${c.slug}`);
    await s.page.getByText('Every need is pledged', { exact: false }).waitFor();
    assert.equal(await s.page.getByRole('list', { name: 'Proposed team' }).count(), 0);
  } finally {
    await s.close();
  }
});
