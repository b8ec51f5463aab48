// Browser path for teams that form all at once (issue 27): a forming tool library needs
// carpentry and bookkeeping; its steward and a member pledge "when every need is pledged"
// and wait. The steward sees the uncovered need and the proposed team (one person who
// lists both skills, not two who list one each), invites it in one step, and the invited
// person's pledge, the last one, binds every pledge at once.
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
  const [shelves, book] = c.needs;
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

  const invited = await gql(
    server.url,
    `query { viewer { memberships { id status collaboration { slug } } } }`,
    {},
    carla.token,
  );
  const invitation = invited.viewer.memberships.find((m) => m.collaboration.slug === c.slug);
  assert.equal(invitation?.status, 'INVITED');
  await gql(
    server.url,
    `mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { membership { status } } }`,
    {
      i: {
        membershipId: invitation.id,
        commitments: [
          { kind: 'TIME', quantity: '2', needId: shelves.id, condition: allNeeds },
          { kind: 'TIME', quantity: '4', needId: book.id, condition: allNeeds },
        ],
      },
    },
    carla.token,
  );
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
