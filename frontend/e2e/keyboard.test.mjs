// The core journey with the keyboard alone: sign in, land on the dashboard, confirm a
// contribution, take a position on a proposal. Only Tab, Shift+Tab, Enter, Space and
// typing; every stop on the way must show where the focus is.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, demo, launchBrowser, openPage, startServer } from './harness.mjs';

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

/** What has the focus: its tag, name, label, and whether the focus shows. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', name: '', label: '', visible: false };
    const text = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') ?? '',
      name: text(el.getAttribute('aria-label') ?? el.textContent),
      label: text(el.labels?.[0]?.textContent),
      checked: el.checked === true,
      visible: el.matches(':focus-visible') && (outlined || style.boxShadow !== 'none'),
    };
  });
}

/** Presses Tab (or Shift+Tab) until `match` holds for the focused element; each stop must show its focus. */
async function tabTo(page, what, match, { back = false, max = 80 } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    seen.push(`${f.tag} "${f.name || f.label}"`);
    assert.ok(f.tag !== 'body', `focus fell to the page itself while looking for ${what}; stops: ${seen.join(', ')}`);
    assert.ok(f.visible, `the focus on ${f.tag} "${f.name || f.label}" does not show`);
    if (match(f)) return f;
  }
  assert.fail(`no ${what} within ${max} stops: ${seen.join(', ')}`);
}

/** Waits until the focus is on the page's main heading, as it should be after moving to a page. */
async function focusOnHeading(page, text) {
  await page.waitForFunction(
    (text) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent?.trim() === text,
    text,
  );
}

test('sign in, confirm a contribution on the dashboard and take a position, by keyboard alone', async () => {
  const s = await openPage(browser, server.url);
  const { page } = s;
  try {
    await page.goto('/login');
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();

    // The first stop is the skip link, which takes the focus past the navigation.
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    assert.equal(skip.name, 'Skip to content');
    assert.ok(skip.visible, 'the skip link shows when focused');
    await page.keyboard.press('Enter');
    await tabTo(page, 'the login field', (f) => f.label.startsWith('Handle or email'));
    await page.keyboard.type(demo.login);
    await tabTo(page, 'the password field', (f) => f.label.startsWith('Password'));
    await page.keyboard.type(demo.password);
    await page.keyboard.press('Enter');

    // Signing in lands on the dashboard, with the focus on its heading.
    await page.waitForURL('**/dashboard');
    await focusOnHeading(page, 'Dashboard');
    const waiting = page.getByRole('region', { name: /Waiting for your confirmation/ });
    await waiting.getByText('Two evening shifts.').waitFor();
    await checkPage(s, 'keyboard-dashboard');

    await tabTo(page, 'the Confirm button of Fatima’s entry', (f) => f.tag === 'button' && f.name === 'Confirm 3 hours by Fatima El Amrani');
    await page.keyboard.press('Enter');
    await page.getByText('You confirmed Fatima El Amrani’s 3 hours.').waitFor();
    await waiting.getByText('Two evening shifts.').waitFor({ state: 'detached' });
    // The confirmed entry is gone, and its button with it: the focus waits at the list's heading.
    const after = await focused(page);
    assert.equal(after.tag, 'h2');
    assert.match(after.name, /^Waiting for your confirmation/);
    await checkPage(s, 'keyboard-confirmed');

    await tabTo(
      page,
      'the proposal waiting for a position',
      (f) => f.tag === 'a' && f.name === 'Open the pantry on Sunday mornings',
      { back: true },
    );
    await page.keyboard.press('Enter');
    await page.waitForURL('**/proposals/**');
    await focusOnHeading(page, 'Open the pantry on Sunday mornings');

    const agree = await tabTo(page, 'the first stance', (f) => f.type === 'radio');
    assert.match(agree.label, /^Agree/);
    await page.keyboard.press('Space');
    assert.ok((await focused(page)).checked, 'Space chooses the stance');
    await tabTo(page, 'the submit button', (f) => f.tag === 'button' && f.name === 'Take this position');
    await page.keyboard.press('Enter');
    await page.getByText('Your position is saved.').waitFor();
    await page.getByText('You agree.', { exact: false }).first().waitFor();
    assert.notEqual((await focused(page)).tag, 'body', 'the focus stays in the form after saving');
    await checkPage(s, 'keyboard-position-taken');
  } finally {
    await s.close();
  }
});
