// Browser paths for decisions that carry their resources (issue 24): in the Noord
// Community Fridge (5 active members, so 3 must take part) the steward proposes renting a
// van with what it needs; members pledge on the proposal page, another member sees the
// pledges arrive live; with consent, quorum and its needs covered it is adopted and every
// pledge binds, while a second proposal whose pledges fall short is not adopted and its
// pledges lapse. The server's clock moves a week and an hour on to close both.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, demo, launchBrowser, logIn, openPage, startServer, widths } from './harness.mjs';

const slug = 'noord-community-fridge';
const member = (login) => ({ login, password: demo.password });

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

async function withPage(options, fn) {
  const session = await openPage(browser, server.url, options);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}

/** The steward proposes something else needing 4 hours of time and 60 EUR; returns its path. */
async function propose(title) {
  return withPage({}, async (s) => {
    const { page } = s;
    await logIn(page, demo);
    await page.goto(`/c/${slug}/decisions/new`);
    await page.getByRole('radio', { name: /Something else/ }).check();
    await page.getByRole('textbox', { name: /^Title/ }).fill(title);
    await page.getByRole('button', { name: 'Add a need' }).click();
    const first = page.getByRole('group', { name: 'Need 1' });
    await first.getByRole('textbox', { name: /^How much/ }).fill('4');
    await first.getByRole('textbox', { name: /^What it is for/ }).fill('Drivers for the harvest run');
    await page.getByRole('button', { name: 'Add another need' }).click();
    const second = page.getByRole('group', { name: 'Need 2' });
    await second.getByRole('combobox', { name: /^Kind/ }).selectOption('MONEY');
    await second.getByRole('textbox', { name: /^How much/ }).fill('60');
    await page.getByRole('button', { name: 'Put it to the members' }).click();
    await page.waitForURL(`**/c/${slug}/proposals/**`);
    return new URL(page.url()).pathname;
  });
}

async function pledge(login, path, need, amount) {
  await withPage({}, async ({ page }) => {
    await logIn(page, member(login));
    await page.goto(path);
    const form = page.getByRole('form', { name: `Pledge toward ${need}` });
    await form.getByRole('textbox', { name: /^Your pledge/ }).fill(amount);
    await form.getByRole('button', { name: 'Pledge' }).click();
    await form.getByRole('textbox', { name: /^Your pledge/ }).and(page.locator('[value=""]')).waitFor();
  });
}

async function agree(login, path) {
  await withPage({}, async ({ page }) => {
    await logIn(page, member(login));
    await page.goto(path);
    const form = page.getByRole('form', { name: 'Your position' });
    await form.getByRole('radio', { name: /^Agree/ }).check();
    await form.getByRole('button', { name: 'Take this position' }).click();
    await page.getByText('Your position is saved.').waitFor();
  });
}

test('a proposal is adopted with its pledges covered, and one whose pledges fall short is not', async () => {
  const van = await propose('Rent a van for the harvest run');
  const bus = await propose('Charter a bus to the regional food summit');
  const hours = 'Time: 4 hours';
  const euros = 'Money: €60.00';

  // Joris watches the van proposal while others pledge: the figures move without a reload.
  await withPage({}, async (s) => {
    const { page } = s;
    await logIn(page, member('joris'));
    await page.goto(van);
    const needs = page.getByRole('region', { name: 'What it needs' });
    await needs.getByText('Not every need is covered yet.', { exact: false }).waitFor();
    await pledge('amara', van, hours, '2.5');
    await needs.getByText('2.5 of 4 hours pledged (63%)').first().waitFor({ timeout: 15_000 });
    await pledge('fatima', van, hours, '1.5');
    await pledge('noor', van, euros, '60');
    await needs.getByText('Every need is covered now.', { exact: false }).waitFor({ timeout: 15_000 });
    assert.match(await needs.textContent(), /Amara Okafor\s*pledged\s*2\.5 hours/);
    await checkPage(s, 'pledges-open');
  });
  await pledge('amara', bus, hours, '1');
  for (const login of ['amara', 'fatima', 'noor']) {
    await agree(login, van);
    await agree(login, bus);
  }

  await server.advanceClock('169h');

  for (const [name, width] of Object.entries(widths)) {
    await withPage({ width }, async (s) => {
      const { page } = s;
      await logIn(page, member('joris'));
      await page.goto(van);
      const needs = page.getByRole('region', { name: 'What it needs' });
      await needs.getByText('Adopted with its pledges: they bound when it closed.').waitFor({ timeout: 20_000 });
      assert.equal(await needs.getByText('(binding)').count(), 3);
      await checkPage(s, `pledges-adopted-${name}`);

      await page.goto(bus);
      await page.getByText(/but its pledges fall short: 1 of 4 hours of time; 0\.00 of 60\.00 EUR\./).waitFor({ timeout: 20_000 });
      await page.getByText('Pledges fell short', { exact: true }).waitFor();
      assert.equal(await page.getByRole('region', { name: 'What it needs' }).getByText('(lapsed)').count(), 1);
      await checkPage(s, `pledges-not-covered-${name}`);
    });
  }
});
