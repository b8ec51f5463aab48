// Browser path of threads and mentions (issue 23): a steward starts a thread that
// mentions a member, who sees the notification arrive live in another browser, follows
// it, and replies; the steward sees the reply arrive live and edits her post, whose
// history is kept. HTML in a post shows as text.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gql, signUpByAPI, valueID } from './api.mjs';
import { checkPage, launchBrowser, logIn, openPage, startServer, uniqueHandle, widths } from './harness.mjs';

let server;
let browser;
let steward;
let member;
let collab;

before(async () => {
  server = await startServer({ seed: false });
  browser = await launchBrowser();
  steward = await signUpByAPI(server.url, uniqueHandle('nia'), 'Nia Steward');
  member = await signUpByAPI(server.url, uniqueHandle('bo'), 'Bo Member');
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
  const asked = await gql(
    server.url,
    `mutation ($input: RequestToJoinInput!) { requestToJoin(input: $input) { membership { id } } }`,
    { input: { collaborationId: collab.id, commitments: [{ kind: 'TIME', quantity: '2' }] } },
    member.token,
  );
  await gql(
    server.url,
    `mutation ($input: MembershipActionInput!) { approveMember(input: $input) { membership { status } } }`,
    { input: { membershipId: asked.requestToJoin.membership.id } },
    steward.token,
  );
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Records the subscriptions a page starts on any of its websockets (watch before the
 * page opens one); `until(names)` resolves once each operation named was subscribed to,
 * failing after 15 s like the page's other waits.
 */
function watchSubscriptions(page) {
  const seen = new Set();
  const waiters = [];
  page.on('websocket', (ws) =>
    ws.on('framesent', ({ payload }) => {
      const m = /subscription (\w+)/.exec(String(payload));
      if (!m) return;
      seen.add(m[1]);
      for (const w of waiters) w();
    }),
  );
  return {
    until(names) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no subscription to ${names.filter((n) => !seen.has(n)).join(', ')} in 15 s`)),
          15_000,
        );
        const check = () => {
          if (names.every((n) => seen.has(n))) {
            clearTimeout(timer);
            resolve();
          }
        };
        waiters.push(check);
        check();
      });
    },
    /** Forgets what was seen, so that the next wait is for a new subscription. */
    reset: () => seen.clear(),
  };
}

test('start a thread, a mentioned member is told live, replies, and the author edits', async () => {
  const nia = await openPage(browser, server.url);
  const bo = await openPage(browser, server.url);
  try {
    // Bo is signed in elsewhere, on his dashboard, listening for notifications.
    const boLive = watchSubscriptions(bo.page);
    const niaLive = watchSubscriptions(nia.page);
    await logIn(bo.page, { login: member.handle, password: member.password });
    const boNav = bo.page.getByRole('navigation', { name: 'Main' });
    await boNav.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    await boLive.until(['NotificationAdded']);

    // Nia starts a thread from the collaboration's Talk section.
    await logIn(nia.page, { login: steward.handle, password: steward.password });
    await nia.page.goto(`/c/${collab.slug}`);
    await nia.page
      .getByRole('navigation', { name: 'Sections of this collaboration' })
      .getByRole('link', { name: 'Talk' })
      .click();
    await nia.page.getByRole('heading', { name: /^Talk/ }).waitFor();
    await nia.page.getByText('No threads yet').waitFor();
    await checkPage(nia, 'talk-empty');
    await nia.page.getByRole('button', { name: 'Start a thread' }).click();
    const form = nia.page.getByRole('form', { name: 'Start a thread' });
    await form.getByRole('button', { name: 'Start the thread' }).click();
    await form.getByText('Give the thread a title of at least 3 characters.').waitFor();
    await form.getByLabel('Title').fill('Saturday repair table');
    await form
      .getByLabel('What do you want to talk about?')
      .fill(
        `Who takes the **soldering** table, @${member.handle}?\n\n- bring solder\n- bring a lamp\n\n<script>alert("x")</script>`,
      );
    await form.getByRole('button', { name: 'Start the thread' }).click();
    await nia.page.waitForURL(`**/c/${collab.slug}/talk/*`);
    await nia.page.getByRole('heading', { level: 2, name: 'Saturday repair table' }).waitFor();
    const posts = nia.page.getByRole('list', { name: 'Posts' });
    await posts.locator('strong', { hasText: 'soldering' }).waitFor();
    // The script is text on the page, never an element.
    await posts.getByText('<script>alert("x")</script>').waitFor();
    assert.equal(await posts.locator('script').count(), 0);
    await niaLive.until(['PostAdded']);

    // Bo is told at once, without reloading, and follows the notification.
    await boNav.getByRole('link', { name: /^Notifications\W*1 unread/ }).click();
    const notice = bo.page.getByRole('listitem').filter({ hasText: 'mentioned you in “Saturday repair table”' });
    await notice.getByText('Nia Steward mentioned you in “Saturday repair table” in Repair Café Noord.').waitFor();
    await notice.getByRole('link', { name: 'Read the post' }).click();
    await bo.page.getByRole('heading', { level: 2, name: 'Saturday repair table' }).waitFor();

    // Bo replies; Nia's open page shows the reply by itself.
    await bo.page.getByLabel('Your reply').fill('I will, and I bring *two* lamps.');
    await bo.page.getByRole('button', { name: 'Reply' }).click();
    await bo.page.getByRole('list', { name: 'Posts' }).locator('em', { hasText: 'two' }).waitFor();
    await posts.getByText('I will, and I bring').waitFor();
    await nia.page.getByText('1 reply').waitFor();

    // Nia edits her opening post: it says "edited", and the earlier version is kept.
    const opening = posts.getByRole('listitem').filter({ hasText: 'Nia Steward' }).first();
    await opening.getByRole('button', { name: 'Edit' }).click();
    await opening
      .getByRole('textbox', { name: 'Your post', exact: true })
      .fill(`Who takes the soldering table, @${member.handle}? Bo does, thanks!`);
    await opening.getByRole('button', { name: 'Save changes' }).click();
    await opening.getByText('Bo does, thanks!').waitFor();
    await opening.getByText('edited', { exact: true }).waitFor();
    await opening.getByText('History: 1 earlier version').click();
    await opening.locator('pre').filter({ hasText: 'bring a lamp' }).waitFor();
    assert.equal(
      await bo.page.getByRole('list', { name: 'Posts' }).getByRole('button', { name: 'Edit' }).count(),
      1,
      'Bo edits only his own post',
    );
    await checkPage(nia, 'thread-desktop');
    await checkPage(bo, 'thread-member');

    // The same thread on a phone.
    const phone = await openPage(browser, server.url, { width: widths.phone });
    try {
      await logIn(phone.page, { login: member.handle, password: member.password });
      await phone.page.goto(nia.page.url().replace(server.url, ''));
      await phone.page.getByRole('heading', { level: 2, name: 'Saturday repair table' }).waitFor();
      await phone.page.getByText('I will, and I bring').waitFor();
      await checkPage(phone, 'thread-phone');
    } finally {
      await phone.close();
    }

    // The list shows the thread with its reply.
    await nia.page.getByRole('link', { name: 'All threads' }).click();
    await nia.page
      .getByRole('list', { name: 'Threads' })
      .getByRole('link', { name: 'Saturday repair table' })
      .waitFor();
    await nia.page.getByText('1 reply').waitFor();
    await checkPage(nia, 'talk-list');
    nia.assertNoErrors();
    bo.assertNoErrors();
  } finally {
    await nia.close();
    await bo.close();
  }
});
