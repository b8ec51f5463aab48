// Browser path for costs per result (issue 26): a member links their confirmed ledger
// entries to an outcome, and the outcome's cost per result and the share of effort linked
// to outcomes move on the impact page; the value page and the community page show the
// roll-ups. Screenshots of the impact page with cost per result at 375 and 1280 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, demo, launchBrowser, logIn, openPage, settle, startServer, widths } from './harness.mjs';

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

const fridge = 'noord-community-fridge';
const outcomeName = 'Food rescued each month';

/** The outcome's cost per result for time, and the share of time linked, as shown. */
async function figures(page) {
  await page.goto(`/c/${fridge}/impact`);
  const card = page.locator('article').filter({ has: page.getByRole('heading', { level: 3, name: outcomeName }) });
  await card.waitFor();
  const took = card.getByText(/No confirmed contribution names this outcome yet|per kg/).first();
  await took.waitFor();
  const perResult =
    (await card.getByTestId('per-result').count()) > 0
      ? await card.getByTestId('per-result').first().textContent()
      : '';
  const shares = page.getByRole('row').filter({ hasText: /^time/ }).getByTestId('linked-share');
  const share = (await shares.count()) > 0 ? await shares.first().textContent() : '';
  return { perResult, share };
}

/** Links the ledger entry with this note to the outcome, as its contributor. */
async function linkEntry(page, note) {
  await page.goto(`/c/${fridge}/ledger`);
  const entry = page.locator('li').filter({ hasText: note });
  await entry.getByRole('button', { name: /Outcomes it serves/ }).click();
  await entry.getByRole('checkbox', { name: outcomeName }).check();
  await entry.getByRole('button', { name: 'Save outcomes' }).click();
  await page.getByText(`It now serves ${outcomeName}.`).waitFor();
}

test('linking contributions to an outcome moves its cost per result', async () => {
  const s = await openPage(browser, server.url);
  const { page } = s;
  try {
    await logIn(page, demo);
    const before = await figures(page);
    assert.equal(before.perResult, '', `nothing linked yet in the demo: ${JSON.stringify(before)}`);

    // 4.5 h over 310 − 120 = 190 kg rescued so far.
    await linkEntry(page, 'Rota for the holidays; covered three empty evening shifts.');
    const one = await figures(page);
    assert.match(one.perResult, /^0\.02 hours per kg/, `4.5 h / 190 kg: ${JSON.stringify(one)}`);
    assert.match(one.share, /^12%/, `4.5 of 39 confirmed hours linked: ${JSON.stringify(one)}`);

    // And 4 h more: 8.5 h / 190 kg.
    await linkEntry(page, 'Stock checks and picking up the crates from the market.');
    const two = await figures(page);
    assert.match(two.perResult, /^0\.04 hours per kg/, `8.5 h / 190 kg: ${JSON.stringify(two)}`);
    assert.match(two.share, /^22%/, `8.5 of 39 confirmed hours linked: ${JSON.stringify(two)}`);

    // The entry shows what it serves.
    await page.goto(`/c/${fridge}/ledger`);
    await page.locator('li').filter({ hasText: 'Rota for the holidays' }).getByText(`Serves: ${outcomeName}`).waitFor();

    // The values it serves roll the cost up; the community page counts results per metric.
    await page.goto('/values/food-security/impact');
    await page.getByRole('heading', { name: 'Cost per result' }).waitFor();
    const rollUp = await page.getByTestId('roll-up-per-result').first().textContent();
    assert.match(rollUp, /^0\.04 hours per kg/, `the value's roll-up: ${rollUp}`);
    await page.goto('/impact');
    await page.getByRole('heading', { name: 'Results per metric' }).waitFor();
  } finally {
    await s.close();
  }
});

for (const [label, width] of [
  ['375 px', widths.phone],
  ['1280 px', widths.desktop],
]) {
  test(`the impact page with cost per result at ${label}`, async () => {
    const s = await openPage(browser, server.url, { width });
    const { page } = s;
    try {
      await logIn(page, demo);
      await page.goto(`/c/${fridge}/impact`);
      const card = page.locator('article').filter({ has: page.getByRole('heading', { level: 3, name: outcomeName }) });
      await card.getByTestId('per-result').first().waitFor();
      await card.scrollIntoViewIfNeeded();
      await settle(page);
      await checkPage(s, `${width}-impact-costs`);
    } finally {
      await s.close();
    }
  });
}
