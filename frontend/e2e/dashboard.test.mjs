// Issue 25, the dashboard in one request: every section of the dashboard comes from one
// GraphQL query (each section's fragment spread in it), and what a section changes reads
// that query again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  checkPage,
  demo,
  launchBrowser,
  logIn,
  openPage,
  settle,
  signUp,
  startServer,
  uniqueHandle,
  widths,
} from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ seed: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const sections = [
  'Proposals waiting for your position',
  'Invitations and requests to answer',
  'Waiting for your confirmation',
  'Your commitments due or behind',
  'Your impact at a glance',
  'Needs you could fill',
  'Your best matches',
];

/** Records the operations the page sends to /query from now on. */
function recordQueries(page) {
  const sent = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/query') sent.push(r.postDataJSON()?.operationName ?? r.method());
  });
  return sent;
}

/** Opens the dashboard through the app's navigation, as a person does after the first page. */
async function openDashboard(page) {
  const menu = page.getByRole('button', { name: /^Menu/ });
  // At phone width the links fold behind the menu button.
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await settle(page);
  // Sections that asked on their own would have asked by now.
  await page.waitForLoadState('networkidle');
}

test('the dashboard loads every section with one request, and an answer reads it again', async () => {
  for (const width of [widths.desktop, widths.phone]) {
    const s = await openPage(browser, server.url, { width });
    const { page } = s;
    try {
      await logIn(page, demo);
      await page.goto('/collaborations');
      await settle(page);
      const sent = recordQueries(page);
      await openDashboard(page);
      for (const name of sections) await page.getByRole('heading', { level: 2, name }).waitFor();
      assert.deepEqual(sent, ['GetDashboard'], 'one request to /query for the whole dashboard');
      await checkPage(s, `dashboard-one-request-${width}`);

      if (width === widths.desktop) {
        // Approving a request to join reads the one dashboard query again: the request leaves.
        const answers = page.getByRole('region', { name: /Invitations and requests to answer/ });
        await answers
          .getByText(/Samir Haddad/)
          .first()
          .waitFor();
        sent.length = 0;
        await answers.getByRole('button', { name: 'Approve Samir Haddad' }).click();
        await answers.getByRole('button', { name: 'Approve Samir Haddad' }).waitFor({ state: 'detached' });
        await page.waitForLoadState('networkidle');
        assert.ok(sent.includes('GetDashboard'), `the dashboard is read again: ${sent.join(', ')}`);
        assert.deepEqual(
          sent.filter((op) => op.startsWith('Get') && op !== 'GetDashboard' && op !== 'GetUnreadNotifications'),
          [],
          'no section asks on its own',
        );
      }

      // A full load adds only the app's own frame (who is logged in, unread notifications).
      sent.length = 0;
      await page.goto('/dashboard');
      await page.getByRole('heading', { level: 2, name: 'Your best matches' }).waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(
        sent.filter((op) => op !== 'GetViewer' && op !== 'GetUnreadNotifications'),
        ['GetDashboard'],
      );
    } finally {
      await s.close();
    }
  }
});

test('a new member sees the email notice on the dashboard, from the same one request', async () => {
  const s = await openPage(browser, server.url);
  const { page } = s;
  try {
    await signUp(page, { handle: uniqueHandle('dash'), displayName: 'Dana Dash' });
    await settle(page);
    // The page sign-up leads to asks for its own data: counted only once it has.
    await page.waitForLoadState('networkidle');
    const sent = recordQueries(page);
    await openDashboard(page);
    await page.getByText('Confirm your email address').waitFor();
    for (const name of sections) await page.getByRole('heading', { level: 2, name }).waitFor();
    assert.deepEqual(
      sent.filter((op) => op !== 'GetViewer' && op !== 'GetUnreadNotifications'),
      ['GetDashboard'],
    );
    await checkPage(s, 'dashboard-new-member');
  } finally {
    await s.close();
  }
});
