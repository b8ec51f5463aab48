// Browser path of moderation (issue 23): a member reports a post, a steward hides it
// with a reason (the members read the reason, not the post), and an admin suspends its
// author from the reports queue, who then cannot log in, and whose open session ends.
// Then blocking: a blocked person's posts are folded away for the person who blocked them.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { gql, signUpByAPI, valueID } from './api.mjs';
import { checkPage, launchBrowser, logIn, openPage, startServer, uniqueHandle, widths } from './harness.mjs';

const bin = resolve(process.cwd(), process.env.KINDRED_BIN ?? '../bin/kindred');

let server;
let browser;
let steward;
let member;
let spammer;
let admin;
let collab;
let thread;

/** Has person join the collaboration, approved by the steward. */
async function join(person) {
  const asked = await gql(
    server.url,
    `mutation ($input: RequestToJoinInput!) { requestToJoin(input: $input) { membership { id } } }`,
    { input: { collaborationId: collab.id, commitments: [{ kind: 'TIME', quantity: '2' }] } },
    person.token,
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
  member = await signUpByAPI(server.url, uniqueHandle('bo'), 'Bo Member');
  spammer = await signUpByAPI(server.url, uniqueHandle('sam'), 'Sam Seller');
  admin = await signUpByAPI(server.url, uniqueHandle('ada'), 'Ada Admin');
  // Admins are made on the command line.
  await promisify(execFile)(bin, ['admin', '--database-url', server.db, 'grant', admin.handle], {
    env: { ...process.env, KINDRED_ENV: 'development' },
  });
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
  await join(member);
  await join(spammer);
  const started = await gql(
    server.url,
    `mutation ($input: StartThreadInput!) { startThread(input: $input) { thread { id number } } }`,
    { input: { collaborationId: collab.id, title: 'Saturday repair table', body: 'Who brings the solder?' } },
    steward.token,
  );
  thread = started.startThread.thread;
  await gql(
    server.url,
    `mutation ($input: ReplyToThreadInput!) { replyToThread(input: $input) { post { id } } }`,
    { input: { threadId: thread.id, body: 'Cheap watches at cheap-watches.example, buy now!' } },
    spammer.token,
  );
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a member reports a post, a steward hides it, an admin suspends its author', async () => {
  const bo = await openPage(browser, server.url);
  const nia = await openPage(browser, server.url);
  const ada = await openPage(browser, server.url);
  const sam = await openPage(browser, server.url);
  const threadPath = `/c/${collab.slug}/talk/${thread.number}`;
  try {
    // Sam is signed in elsewhere, on the thread.
    await logIn(sam.page, { login: spammer.handle, password: spammer.password });

    // Bo reports Sam's post: a reason, a few words.
    await logIn(bo.page, { login: member.handle, password: member.password });
    await bo.page.goto(threadPath);
    const posts = bo.page.getByRole('list', { name: 'Posts' });
    const samsPost = posts.getByRole('listitem').filter({ hasText: 'Sam Seller' });
    await samsPost.getByText('Cheap watches').waitFor();
    await samsPost.getByRole('button', { name: 'Report' }).click();
    const dialog = samsPost.getByRole('dialog', { name: 'Report this post' });
    await dialog.getByLabel('Reason').selectOption('OTHER');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByText('Say in a few words what is wrong.').waitFor();
    await dialog.getByLabel('Reason').selectOption('SPAM');
    await dialog.getByLabel('What is wrong').fill('Advertising watches in our repair thread.');
    await checkPage(bo, 'moderation-report-dialog');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await samsPost.getByText('Thank you: the admins will look at your report.').waitFor();

    // The admin's queue shows it, oldest first, with the post's words and who reported it.
    await logIn(ada.page, { login: admin.handle, password: admin.password });
    await ada.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await ada.page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const queue = ada.page.getByRole('list').filter({ has: ada.page.getByText('Cheap watches') });
    await queue.getByText('Spam or advertising').waitFor();
    await queue.getByText('“Advertising watches in our repair thread.”').waitFor();
    await checkPage(ada, 'reports-queue-desktop');

    // Nia, a steward, hides the post with a reason; Bo then reads the reason, not the post.
    await logIn(nia.page, { login: steward.handle, password: steward.password });
    await nia.page.goto(threadPath);
    const niasView = nia.page.getByRole('list', { name: 'Posts' }).getByRole('listitem').filter({ hasText: 'Sam Seller' });
    await niasView.getByRole('button', { name: 'Hide' }).click();
    const hide = niasView.getByRole('form', { name: 'Hide this post' });
    await hide.getByLabel('Why hide it').fill('Advertising');
    await hide.getByRole('button', { name: 'Hide post' }).click();
    await niasView.getByText('Hidden by a steward: Advertising').waitFor();
    // The steward still reads what was hidden.
    await niasView.getByText('Cheap watches').waitFor();
    await bo.page.reload();
    await samsPost.getByText('Hidden by a steward: Advertising').waitFor();
    assert.equal(await samsPost.getByText('Cheap watches').count(), 0, 'a member does not read a hidden post');
    await checkPage(bo, 'moderation-hidden-post');

    // Hiding resolved the report: the open queue is empty, the resolved one has it.
    await ada.page.reload();
    await ada.page.getByText('No open reports').waitFor();
    await ada.page.getByRole('link', { name: 'Resolved' }).click();
    await ada.page.getByText('Hidden by a steward: Advertising', { exact: false }).waitFor();

    // Bo reports Sam himself; the admin suspends Sam from the queue.
    await bo.page.goto(`/people/${spammer.handle}`);
    await bo.page.getByRole('button', { name: 'Report' }).click();
    const personDialog = bo.page.getByRole('dialog', { name: 'Report this person' });
    await personDialog.getByLabel('Reason').selectOption('SPAM');
    await personDialog.getByRole('button', { name: 'Send report' }).click();
    await bo.page.getByText('Thank you: the admins will look at your report.').waitFor();
    await ada.page.getByRole('link', { name: 'Open' }).click();
    const report = ada.page.getByRole('listitem').filter({ hasText: `Sam Seller (@${spammer.handle})` });
    await report.getByRole('button', { name: `Suspend @${spammer.handle}` }).click();
    const suspend = report.getByRole('form', { name: `Suspend @${spammer.handle}` });
    await suspend.getByLabel('Why suspend this account').fill('Advertising in every thread');
    await suspend.getByRole('button', { name: 'Suspend account' }).click();
    await ada.page.getByText('No open reports').waitFor();

    // Sam's open session ends at once, and he cannot log in again.
    await sam.page.goto(threadPath);
    await sam.page.getByRole('link', { name: 'Log in' }).first().waitFor();
    assert.equal(await sam.page.getByRole('button', { name: 'Log out' }).count(), 0, 'the suspended session has ended');
    await sam.page.goto('/login');
    await sam.page.getByLabel('Handle or email').fill(spammer.handle);
    await sam.page.getByLabel('Password').fill(spammer.password);
    await sam.page.getByRole('button', { name: 'Log in' }).click();
    await sam.page.getByText('This account is suspended').waitFor();

    // The queue on a phone.
    await ada.page.getByRole('link', { name: 'Resolved' }).click();
    await ada.page.getByText(`@${spammer.handle} is suspended since`).first().waitFor();
    await checkPage(ada, 'reports-queue-resolved');
    const phone = await openPage(browser, server.url, { width: widths.phone });
    try {
      await logIn(phone.page, { login: admin.handle, password: admin.password });
      await phone.page.goto('/admin/reports?status=RESOLVED');
      await phone.page.getByText(`@${spammer.handle} is suspended since`).first().waitFor();
      await checkPage(phone, 'reports-queue-phone');
    } finally {
      await phone.close();
    }
    bo.assertNoErrors();
    nia.assertNoErrors();
    ada.assertNoErrors();
  } finally {
    await bo.close();
    await nia.close();
    await ada.close();
    await sam.close();
  }
});

test('a blocked person’s posts are folded away, and blocks are listed in settings', async () => {
  const nia = await openPage(browser, server.url);
  try {
    await logIn(nia.page, { login: steward.handle, password: steward.password });
    await gql(
      server.url,
      `mutation ($input: ReplyToThreadInput!) { replyToThread(input: $input) { post { id } } }`,
      { input: { threadId: thread.id, body: 'I bring the solder, Nia.' } },
      member.token,
    );
    await nia.page.goto(`/people/${member.handle}`);
    await nia.page.getByRole('button', { name: 'Block Bo Member' }).click();
    await nia.page.getByRole('button', { name: 'Unblock Bo Member' }).waitFor();
    await nia.page.goto(`/c/${collab.slug}/talk/${thread.number}`);
    const fold = nia.page.getByText('Post from someone you blocked — show');
    await fold.waitFor();
    assert.equal(await nia.page.getByText('I bring the solder, Nia.').isVisible(), false, 'folded away');
    await fold.click();
    await nia.page.getByText('I bring the solder, Nia.').waitFor();
    await nia.page.goto('/settings/account');
    const section = nia.page.getByRole('region', { name: 'People you blocked' });
    await section.getByRole('link', { name: 'Bo Member' }).waitFor();
    await checkPage(nia, 'settings-blocked-people');
    await section.getByRole('button', { name: 'Unblock Bo Member' }).click();
    await section.getByText('You have blocked no one.').waitFor();
    nia.assertNoErrors();
  } finally {
    await nia.close();
  }
});
