// The tour in Spanish, French and Dutch, the browser speaking each: every page passes the
// harness checks (console errors, axe-core, no horizontal scroll: Dutch and French words are
// longer), is marked up in its language and shows no message key in place of words. The
// screenshots are tour-<locale>-<width>-<out|in>-<page>.png.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demo, launchBrowser, openPage, startServer, widths } from './harness.mjs';
import { demoIDs, signedInPages, signedOutPages, tour } from './tour-pages.mjs';

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

// What the main navigation's Discover link reads in each language.
const languages = [
  ['es', 'es-ES', 'Descubrir'],
  ['fr', 'fr-FR', 'Découvrir'],
  ['nl', 'nl-NL', 'Ontdekken'],
];

// The pages only a signed-out person sees; the others are toured signed in.
const signedOutOnly = new Set(['home', 'sign-up', 'log-in', 'not-found', 'dashboard-asks-to-log-in']);

/** A message key shown instead of words ("commitmentItem.behind"), if any. */
async function shownKeys(page) {
  return page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.querySelector('#root'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.trim();
      if (/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9_]*)+$/.test(text) && !/\.(org|com|net|nl|es|fr|be)$/.test(text))
        found.push(text);
    }
    return found;
  });
}

/** Logs the demo person in through the API from the page, so that no English form is needed. */
async function logInByAPI(page) {
  await page.goto('/');
  const errors = await page.evaluate(async ({ login, password }) => {
    const r = await fetch('/query', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: LogInInput!) { logIn(input: $input) { viewer { id } } }',
        variables: { input: { login, password, transport: 'COOKIE' } },
      }),
    });
    return (await r.json()).errors;
  }, demo);
  assert.equal(errors, undefined, JSON.stringify(errors));
}

for (const [locale, browserLocale, discover] of languages) {
  const check = async (page, name) => {
    assert.equal(await page.evaluate(() => document.documentElement.lang), locale, `${name}: <html lang>`);
    assert.deepEqual(await shownKeys(page), [], `${name}: message keys shown instead of words`);
  };
  for (const [label, width] of [
    ['1280 px', widths.desktop],
    ['375 px', widths.phone],
  ]) {
    describe(`the tour in ${locale} at ${label}`, () => {
      test('signed out', async () => {
        const s = await openPage(browser, server.url, { width, locale: browserLocale });
        try {
          await s.page.goto('/');
          const ids = await demoIDs(s.page);
          const pages = signedOutPages(ids).filter(([name]) => signedOutOnly.has(name));
          await tour(s, pages, `tour-${locale}-${width}-out`, { check });
        } finally {
          await s.close();
        }
      });

      test(`signed in as ${demo.login}`, async () => {
        const s = await openPage(browser, server.url, { width, locale: browserLocale });
        try {
          await logInByAPI(s.page);
          await s.page.goto('/discover');
          if (width === widths.phone) await s.page.locator('.site-menu-toggle').click();
          await s.page.getByRole('link', { name: discover, exact: true }).first().waitFor();
          const ids = await demoIDs(s.page);
          await tour(s, signedInPages(ids), `tour-${locale}-${width}-in`, { check });
        } finally {
          await s.close();
        }
      });
    });
  }
}
