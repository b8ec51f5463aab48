// Issue 26, stated vs lived and needs for you: a volunteer with a skill finds on the
// dashboard an open need that asks for it, commits toward it from there (and so asks to
// join), and the person page shows stated and lived values side by side.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  checkPage,
  demo,
  launchBrowser,
  logIn,
  openPage,
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

test('a volunteer finds a need for their skill on the dashboard and commits toward it', async () => {
  const s = await openPage(browser, server.url);
  const { page } = s;
  try {
    await signUp(page, { handle: uniqueHandle('nia'), displayName: 'Nia Helper' });
    await page.getByRole('button', { name: 'Add Community', exact: true }).click();
    await page.getByRole('button', { name: 'Save my values' }).click();
    await page.waitForURL('**/people/**');
    await page.goto('/settings/profile');
    await page.getByLabel(/Skills you can offer/).fill('bookkeeping');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile is saved').waitFor();

    await page.goto('/dashboard');
    const needs = page.getByRole('list', { name: 'Needs you could fill' });
    await needs.getByRole('listitem').first().waitFor();
    const first = needs.getByRole('listitem').first();
    // A need naming a skill the volunteer lists comes first.
    await first.getByText('Your skill: bookkeeping').waitFor();
    const title = await first.getByRole('link').first().innerText();
    await checkPage(s, 'needs-for-you-dashboard');

    await first.getByRole('link', { name: /^Commit toward/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Join by committing' }).waitFor();
    const toward = page.getByLabel(/Toward a need/);
    assert.match(await toward.locator('option:checked').innerText(), /bookkeeping/, 'the form is set toward the need');
    await page.getByLabel('How much').fill('2');
    await checkPage(s, 'needs-for-you-commit-form');
    await page.getByRole('button', { name: 'Ask to join' }).click();
    await page.getByText('Your request to join is sent').waitFor();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // Membership follows: asked to join, the collaboration's needs are no longer offered.
    await page.goto('/collaborations');
    await page
      .getByRole('region', { name: /Waiting for a steward/ })
      .getByRole('link', { name: title })
      .waitFor();
    await page.goto('/dashboard');
    await page.getByRole('heading', { name: 'Needs you could fill' }).waitFor();
    await page.waitForFunction(
      (t) =>
        ![...document.querySelectorAll('[aria-label="Needs you could fill"] li')].some((li) =>
          li.textContent.includes(t),
        ),
      title,
    );

    // The same list at phone width.
    const phone = await openPage(browser, server.url, { width: widths.phone });
    try {
      await logIn(phone.page, demo);
      await phone.page.goto('/dashboard');
      await phone.page.getByRole('list', { name: 'Needs you could fill' }).getByRole('listitem').first().waitFor();
      await checkPage(phone, 'needs-for-you-dashboard-phone');
    } finally {
      await phone.close();
    }
  } finally {
    await s.close();
  }
});

test('a person page shows stated and lived values, as bars and as a table', async () => {
  for (const width of [widths.desktop, widths.phone]) {
    const s = await openPage(browser, server.url, { width });
    const { page } = s;
    try {
      await logIn(page, demo);
      await page.goto('/people/amara');
      const chart = page.getByTestId('stated-lived');
      await chart.getByRole('heading', { name: 'Stated and lived' }).waitFor();
      const rows = chart.getByRole('list', { name: 'Stated and lived share per value' }).getByRole('listitem');
      await rows.first().waitFor();
      assert.ok((await chart.locator('[data-series="stated"]').count()) > 0, 'a stated series');
      assert.ok((await chart.locator('[data-series="lived"]').count()) > 0, 'a lived series');
      assert.match(await chart.innerText(), /confirmed, in \d+ contributions?/);
      await checkPage(s, `stated-lived-person-${width}`);
      await chart.getByRole('button', { name: 'Show as a table' }).click();
      const table = chart.getByRole('table');
      assert.ok((await table.getByRole('row').count()) > 1, 'a row per value');
      await checkPage(s, `stated-lived-person-table-${width}`);
      if (width === widths.desktop) {
        await page.goto('/discover/collaborations');
        await page.getByRole('list', { name: 'Needs you could fill' }).getByRole('listitem').first().waitFor();
        await checkPage(s, 'needs-for-you-discovery');
        // In discovery the rest shows in place.
        const list = page.getByRole('list', { name: 'Needs you could fill' });
        const shown = await list.getByRole('listitem').count();
        const more = page.getByRole('button', { name: /^Show more needs/ });
        if ((await more.count()) > 0) {
          await more.click();
          await list.getByRole('listitem').nth(shown).waitFor();
        }
        await page.goto('/c/noord-community-fridge/impact');
        await page.getByTestId('stated-lived').getByRole('heading', { name: 'Stated and lived' }).waitFor();
        await checkPage(s, 'stated-lived-collaboration');
      }
    } finally {
      await s.close();
    }
  }
});
