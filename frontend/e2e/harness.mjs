// The browser-test harness: the real Kindred binary on a temporary SQLite database,
// Debian's Chromium driven by playwright-core, and checks every path shares: no console
// or page errors, no horizontal scroll at 375 px, no serious or critical axe-core
// findings, and a screenshot per step into e2e/screenshots/.
import assert from 'node:assert/strict';
import { spawn, execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const screenshotDir = join(here, 'screenshots');
export const demo = { login: 'amara', password: 'kindred-demo-2026' };
export const widths = { desktop: 1280, phone: 375 };

const bin = resolve(process.cwd(), process.env.KINDRED_BIN ?? '../bin/kindred');

/**
 * The date the tests run at, never today's: the server starts its clock there and each
 * page's clock is set to the server's. The same start as the Go tests (clock/clocktest),
 * moved by KINDRED_TEST_CLOCK.
 */
export const testStart = new Date(process.env.KINDRED_TEST_CLOCK || '2026-11-26T12:00:00Z');
if (Number.isNaN(testStart.getTime())) throw new Error(`KINDRED_TEST_CLOCK=${process.env.KINDRED_TEST_CLOCK}: want an ISO time`);
const chromiumPath = process.env.KINDRED_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Starts `kindred serve` on a free port with a fresh database, seeded with the demo
 * community unless `seed` is false. Resolves once the server says where it listens.
 */
export async function startServer({ seed = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kindred-e2e-'));
  const db = join(dir, 'e2e.db');
  const env = { ...process.env, KINDRED_ENV: 'development', KINDRED_DEV_MAILBOX: '1', KINDRED_CLOCK_START: testStart.toISOString() };
  if (seed) {
    await promisify(execFile)(bin, ['seed', '--database-url', db], { env, cwd: dir });
  }
  const child = spawn(
    bin,
    // --movable-clock lets a test pass a closing or due time (POST /testing/clock).
    ['serve', '--addr', '127.0.0.1:0', '--database-url', db, '--jwt-secret', 'e2e-secret-e2e-secret-e2e-secret-0123', '--movable-clock'],
    { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const url = await new Promise((resolveURL, reject) => {
    const timer = setTimeout(() => reject(new Error(`kindred did not start in 30 s:\n${log}`)), 30_000);
    const onData = (chunk) => {
      log += chunk;
      const m = /Kindred is running at (http:\/\/127\.0\.0\.1:\d+)\/?/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolveURL(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c) => (log += c));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kindred exited with ${code} before listening:\n${log}`));
    });
    child.on('error', reject);
  });
  child.removeAllListeners('exit');
  return {
    url,
    /** The SQLite file. */
    db,
    log: () => log,
    /** Moves the server's clock forward, e.g. advanceClock('169h'); open pages' clocks stay. */
    async advanceClock(duration) {
      const res = await fetch(`${url}/testing/clock?advance=${encodeURIComponent(duration)}`, { method: 'POST' });
      if (!res.ok) throw new Error(`moving the clock: ${res.status} ${await res.text()}`);
    },
    /** The server's time. */
    now: () => serverNow(url),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless; never a browser download. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh browser context (its own cookies) at the given width, with a page that
 * records every console error and uncaught page error; `assertNoErrors` fails on them.
 */
export async function openPage(browser, baseURL, { width = widths.desktop, height = 900, locale = 'en-GB' } = {}) {
  // The locale is pinned so that formatted dates and numbers read the same on every machine;
  // the browser's language is also the app's first choice of language.
  const context = await browser.newContext({ baseURL, viewport: { width, height }, locale });
  // The page's date is the server's; its timers stay real and the time runs on.
  await context.clock.install({ time: await serverNow(baseURL) });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  return {
    page,
    context,
    errors,
    assertNoErrors() {
      assert.deepEqual(errors, [], `the page logged errors:\n${errors.join('\n')}`);
    },
    close: () => context.close(),
  };
}

/** Fails when the page is wider than the viewport, e.g. at 375 px. */
export async function assertNoHorizontalScroll(page) {
  const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
    const el = document.documentElement;
    const culprits = [];
    for (const node of document.querySelectorAll('body *')) {
      const r = node.getBoundingClientRect();
      if (r.right > el.clientWidth + 1 && culprits.length < 5) {
        culprits.push(`${node.tagName.toLowerCase()}.${[...node.classList].join('.')} right=${Math.round(r.right)}`);
      }
    }
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, culprits };
  });
  assert.ok(
    scrollWidth <= clientWidth,
    `horizontal scroll: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}; widest: ${culprits.join(', ')}`,
  );
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and fails on serious or critical findings. */
export async function assertAccessible(page, { exclude = [] } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: axeSource });
  }
  const violations = await page.evaluate(async (exclude) => {
    const context = exclude.length ? { exclude: exclude.map((s) => [s]) } : document;
    const result = await window.axe.run(context, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  }, exclude);
  assert.deepEqual(violations, [], `accessibility problems:\n${violations.join('\n')}`);
}

/** Waits until the page shows no loading state and its fonts are ready. */
export async function settle(page) {
  await page.waitForLoadState('load');
  await page.getByTestId('loading').first().waitFor({ state: 'detached' });
  await page.evaluate(() => document.fonts.ready);
}

/** Saves a full-page screenshot as e2e/screenshots/<name>.png. */
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * GraphiQL's tab strip puts a button inside each role="tab" item (axe: nested-interactive).
 * It is upstream markup the app cannot change, so axe skips it; the rest of GraphiQL
 * is checked like any page.
 */
export const graphiqlAxeExclude = ['.graphiql-tabs'];

/** Every check at once, then the screenshot: what each step of a path ends with. */
export async function checkPage(session, name, { axeExclude = [] } = {}) {
  const { page } = session;
  await settle(page);
  await screenshot(page, name);
  await assertNoHorizontalScroll(page);
  await assertAccessible(page, { exclude: axeExclude });
  session.assertNoErrors();
}

/** Signs up through the form and returns the new person's handle. */
export async function signUp(page, { handle, displayName = 'Test Person', password = 'a-long-enough-password' }) {
  await page.goto('/signup');
  await page.getByLabel('Your name').fill(displayName);
  await page.getByLabel('Handle').fill(handle);
  await page.getByLabel('Email').fill(`${handle}@example.org`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.waitForURL('**/onboarding');
  return handle;
}

/** Logs in through the form and waits until the app has left the log-in page. */
export async function logIn(page, { login, password }) {
  await page.goto('/login');
  await page.getByLabel('Handle or email').fill(login);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

let handles = 0;

/** A handle no other test of this run has taken (each run has a fresh database). */
export function uniqueHandle(prefix = 'e2e') {
  handles += 1;
  return `${prefix}-${process.pid.toString(36)}${handles.toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`.slice(0, 30);
}

/** The time of the server at url (started with --movable-clock). */
export async function serverNow(url) {
  const res = await fetch(`${url}/testing/clock`);
  if (!res.ok) throw new Error(`reading the server's clock: ${res.status} ${await res.text()}`);
  return new Date((await res.json()).now);
}
