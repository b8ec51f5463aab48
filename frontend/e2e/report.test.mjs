// Browser paths for the printable report and the exports (issue 26): the collaboration's
// report opens from its impact page, prints without the site's navigation with every
// section there (and saves as a PDF), and the community, value and person exports
// download as CSV rows that name their stored record; each page at 375 and 1280 px.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import {
  checkPage,
  demo,
  launchBrowser,
  logIn,
  openPage,
  screenshot,
  settle,
  startServer,
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

async function withPage(options, fn) {
  const session = await openPage(browser, server.url, options);
  try {
    await fn(session);
  } finally {
    await session.close();
  }
}

/** Waits until the page's charts (at least one) have drawn: they load on demand. */
async function chartsDrawn(page) {
  await page.waitForFunction(() => {
    const charts = [...document.querySelectorAll('[data-testid="chart"]')];
    return charts.length > 0 && charts.every((c) => c.querySelector('svg.recharts-surface'));
  });
}

/** Parses simple RFC 4180 CSV (quoted cells with "" and line breaks) into rows by column name. */
function parseCSV(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const fridge = 'noord-community-fridge';

for (const [label, width] of [
  ['375 px', widths.phone],
  ['1280 px', widths.desktop],
]) {
  test(`the printable report at ${label}`, async () => {
    await withPage({ width }, async (s) => {
      const { page } = s;
      await page.goto(`/c/${fridge}/impact`);
      await page.getByRole('link', { name: 'Open the printable report' }).click();
      await page.waitForURL(`**/c/${fridge}/report`);
      await page.getByRole('heading', { level: 1, name: 'Noord Community Fridge' }).waitFor();
      await chartsDrawn(page);
      await checkPage(s, `${width}-report`);

      // Contributors are numbered unless they chose to be named, the same label once each.
      const names = await page.locator('section[aria-labelledby="report-contributors"] li > p').allTextContents();
      assert.ok(names.length > 0, 'the report lists contributors');
      assert.equal(new Set(names).size, names.length, `each contributor once: ${names}`);
      assert.ok(
        names.every((n) => /^Member \d+$/.test(n)),
        `no one in the demo chose to be named: ${names}`,
      );

      // The button prints (the browser's dialog is stubbed).
      await page.evaluate(() => {
        window.print = () => {
          window.printed = true;
        };
      });
      await page.getByRole('button', { name: 'Print or save as PDF' }).click();
      assert.equal(await page.evaluate(() => window.printed), true, 'the button calls window.print()');

      // In print: no navigation or toolbar, every section there.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.site-header').isVisible(), false, 'the site navigation is hidden in print');
      assert.equal(await page.locator('.site-footer').isVisible(), false, 'the footer is hidden in print');
      assert.equal(
        await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(),
        false,
        'the toolbar is hidden in print',
      );
      for (const heading of ['Outcomes', 'Resources given', 'Contributors']) {
        assert.ok(await page.getByRole('heading', { level: 2, name: heading }).isVisible(), `${heading} prints`);
      }
      await settle(page);
      await screenshot(page, `${width}-report-print-preview`);
      if (width === widths.desktop) {
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', 'a PDF is produced');
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        assert.ok(pages >= 1, `the PDF has ${pages} pages, want at least one`);
      }
      await page.emulateMedia({ media: 'screen' });
      s.assertNoErrors();
    });
  });
}

test('the exports download as CSV rows naming their records', async () => {
  await withPage({}, async (s) => {
    const { page } = s;
    await logIn(page, demo);
    const download = async (path, name) => {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await checkPage(s, name);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /^Export CSV/ }).click(),
      ]);
      return { name: file.suggestedFilename(), rows: parseCSV(await readFile(await file.path(), 'utf8')) };
    };

    const community = await download('/impact', 'export-community');
    assert.match(community.name, /^kindred-community-\d{4}-\d{2}-\d{2}\.csv$/);
    const fridgeRow = community.rows.find(
      (r) => r.record === 'collaboration' && r.collaboration === 'Noord Community Fridge',
    );
    assert.ok(fridgeRow, `the community export has the fridge's totals: ${JSON.stringify(community.rows.slice(0, 3))}`);
    assert.match(fridgeRow.id, /^[A-Za-z0-9=_-]+$/, 'the row names its record by ID');
    assert.ok(Number(fridgeRow.amount) > 0, `an amount: ${JSON.stringify(fridgeRow)}`);

    const value = await download('/values/food-security/impact', 'export-value');
    assert.match(value.name, /^kindred-value-food-security-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.ok(value.rows.some((r) => r.record === 'value' && r.value === 'food-security'));

    const mine = await download('/people/amara/impact', 'export-person');
    assert.match(mine.name, /^kindred-person-amara-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.ok(mine.rows.length > 0 && mine.rows.every((r) => r.id && r.record), 'every row names its record');
    assert.ok(
      mine.rows.some((r) => r.record === 'contribution' && r.person === 'Amara Okafor'),
      'her own export names her',
    );
  });
});

test('a contributor who chooses to be named is named in the report', async () => {
  await withPage({}, async (s) => {
    const { page } = s;
    await logIn(page, demo);
    await page.goto('/settings/profile');
    const toggle = page.getByRole('checkbox', { name: /Name me in reports/ });
    assert.equal(await toggle.isChecked(), false, 'off by default');
    await toggle.check();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile is saved').waitFor();
    await checkPage(s, 'report-profile-named');

    await page.goto(`/c/${fridge}/report`);
    await page.getByRole('heading', { level: 1, name: 'Noord Community Fridge' }).waitFor();
    const names = await page.locator('section[aria-labelledby="report-contributors"] li > p').allTextContents();
    assert.ok(names.includes('Amara Okafor'), `named once she chose to be: ${names}`);
    assert.ok(
      names.filter((n) => n !== 'Amara Okafor').every((n) => /^Member \d+$/.test(n)),
      `the others stay numbered: ${names}`,
    );
  });
});
