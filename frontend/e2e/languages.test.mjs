// Choosing a language: the footer's switcher on this device, a signed-in person's setting
// that follows them to another device, and the API's messages in the language asked for.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, launchBrowser, logIn, openPage, signUp, startServer, uniqueHandle } from './harness.mjs';

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

const lang = (page) => page.evaluate(() => document.documentElement.lang);

test('the footer switches the language, and this device keeps it', async () => {
  const s = await openPage(browser, server.url);
  try {
    await s.page.goto('/discover');
    await s.page.getByRole('link', { name: 'Discover', exact: true }).waitFor();
    assert.equal(await lang(s.page), 'en');
    await s.page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
    await s.page.getByRole('link', { name: 'Ontdekken', exact: true }).waitFor();
    assert.equal(await lang(s.page), 'nl');
    await s.page.reload();
    await s.page.getByRole('link', { name: 'Ontdekken', exact: true }).waitFor();
    await checkPage(s, 'language-nl-discover');
  } finally {
    await s.close();
  }
});

test('a browser that speaks Spanish gets Spanish at once', async () => {
  const s = await openPage(browser, server.url, { locale: 'es-AR' });
  try {
    await s.page.goto('/');
    await s.page.getByRole('link', { name: 'Descubrir', exact: true }).waitFor();
    assert.equal(await lang(s.page), 'es');
  } finally {
    await s.close();
  }
});

test("a person's language follows them to another device, and the API answers in it", async () => {
  const handle = uniqueHandle('lang');
  const first = await openPage(browser, server.url);
  try {
    await signUp(first.page, { handle });
    await first.page.goto('/settings/profile');
    await first.page.getByRole('heading', { name: 'Language' }).waitFor();
    await first.page.locator('main').getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await first.page.getByRole('heading', { name: 'Langue' }).waitFor();
    // The choice is the person's setting once the API has it.
    await first.page.waitForFunction(async () => {
      const r = await fetch('/query', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { locale } }' }),
      });
      return (await r.json()).data?.viewer?.locale === 'fr';
    });
  } finally {
    await first.close();
  }

  // Another device, whose browser reads English: after logging in, Kindred speaks French.
  const second = await openPage(browser, server.url);
  try {
    await logIn(second.page, { login: handle, password: 'a-long-enough-password' });
    await second.page.goto('/settings/profile');
    await second.page.getByRole('heading', { name: 'Langue' }).waitFor();
    assert.equal(await lang(second.page), 'fr');
    await checkPage(second, 'language-fr-settings');

    // A message the server words is in the request's language too.
    const message = await second.page.evaluate(async () => {
      const r = await fetch('/query', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
        body: JSON.stringify({ query: 'mutation { updateProfile(input: { locale: "de" }) { person { id } } }' }),
      });
      return (await r.json()).errors?.[0]?.message;
    });
    assert.match(message ?? '', /[àâçéèêëîïôûùüÿœ]|langue/i, `not French: ${message}`);
  } finally {
    await second.close();
  }
});
