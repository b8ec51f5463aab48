// A tour of every page of the app on the demo data, signed out and signed in as the demo
// person, at 1280 and 375 px: each page passes the harness checks (console errors, axe-core,
// horizontal scroll) and leaves a screenshot named tour-<width>-<out|in>-<page>.png, so the
// screenshots can be listed and looked at one by one.
import { after, before, describe, test } from 'node:test';
import { demo, launchBrowser, logIn, openPage, startServer, widths } from './harness.mjs';
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

for (const [label, width] of [
  ['1280 px', widths.desktop],
  ['375 px', widths.phone],
]) {
  describe(`the tour at ${label}`, () => {
    test('signed out', async () => {
      const s = await openPage(browser, server.url, { width });
      try {
        await s.page.goto('/');
        const ids = await demoIDs(s.page);
        await tour(s, signedOutPages(ids), `tour-${width}-out`);
      } finally {
        await s.close();
      }
    });

    test(`signed in as ${demo.login}`, async () => {
      const s = await openPage(browser, server.url, { width });
      try {
        await logIn(s.page, demo);
        const ids = await demoIDs(s.page);
        await tour(s, signedInPages(ids), `tour-${width}-in`);
      } finally {
        await s.close();
      }
    });
  });
}
