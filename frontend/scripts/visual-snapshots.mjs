// Full-page screenshots of representative pages on the demo community, at 1280 and 375 px,
// signed in as the demo steward (Amara) and signed out, with the page's clock frozen at the
// server's start and animations off, so that two runs of the same build give the same
// pixels. For comparing a change of styles before and after:
//
//   npm run build && (cd .. && go build -o bin/kindred ./server)
//   KINDRED_BIN=../bin/kindred node scripts/visual-snapshots.mjs /tmp/shots-before
//
// It writes <dir>/<width>-<page>.png; keep the directory outside git. Then
//
//   node scripts/visual-snapshots.mjs compare /tmp/shots-before /tmp/shots-after
//
// compares the two directories pixel by pixel (decoded by Chromium, no image library)
// and lists each page that differs, with the box that holds the differences.

/* global document, createImageBitmap, OffscreenCanvas -- functions handed to page.waitForFunction and page.evaluate run in the page. */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { demo, launchBrowser, logIn, serverNow, settle, startServer, widths } from '../e2e/harness.mjs';

if (process.argv[2] === 'compare') {
  process.exitCode = await compare(process.argv[3], process.argv[4]);
  process.exit();
}

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/visual-snapshots.mjs OUTPUT_DIR | compare BEFORE_DIR AFTER_DIR');
  process.exit(2);
}
mkdirSync(resolve(out), { recursive: true });

const fridge = '/c/noord-community-fridge';

async function gql(page, query, variables = {}) {
  const body = await page.evaluate(
    async ([query, variables]) => {
      const r = await fetch('/query', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return r.json();
    },
    [query, variables],
  );
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function shoot(page, name, path) {
  await page.goto(path);
  await page.locator('h1').first().waitFor();
  await settle(page);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="chart"]')].every(
      (c) => c.querySelector('svg') || !/Loading/.test(c.textContent ?? ''),
    ),
  );
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
  console.log(name);
}

const server = await startServer({ seed: true });
const browser = await launchBrowser();
try {
  const now = await serverNow(server.url);
  const open = async (width) => {
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width, height: 900 },
      locale: 'en-GB',
    });
    await context.clock.setFixedTime(now);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { context, page };
  };

  // The invitation link is made once, by the steward, and followed at both widths.
  let invite;
  for (const width of [widths.desktop, widths.phone]) {
    const { context, page } = await open(width);
    await logIn(page, demo);
    const { collaboration: c } = await gql(
      page,
      `{ collaboration(slug: "noord-community-fridge") { id needs { id } proposals(status: [OPEN], first: 1) { edges { node { id } } } } }`,
    );
    const proposal = encodeURIComponent(c.proposals.edges[0].node.id);
    const pages = [
      ['home', '/'],
      ['dashboard', '/dashboard'],
      ['discover-people', '/discover'],
      ['discover-collaborations', '/discover/collaborations'],
      ['collaboration', fridge],
      ['collaboration-people', `${fridge}/people`],
      ['collaboration-ledger', `${fridge}/ledger`],
      ['collaboration-activity', `${fridge}/activity`],
      ['decisions', `${fridge}/decisions`],
      ['proposal', `${fridge}/proposals/${proposal}`],
      ['impact', `${fridge}/impact`],
      ['commit-more', '/c/open-repair-atlas/commit'],
      ['person', '/people/joris'],
      ['value', '/values/food-security'],
      ['my-collaborations', '/collaborations'],
      ['new-collaboration', '/collaborations/new'],
      ['settings-profile', '/settings/profile'],
      ['settings-values', '/settings/values'],
      ['notifications', '/notifications'],
    ];
    for (const [name, path] of pages) await shoot(page, `${width}-in-${name}`, path);
    if (!invite) {
      const expiresAt = new Date(now.getTime() + 7 * 24 * 3600 * 1000).toISOString();
      const data = await gql(
        page,
        `mutation ($input: CreateInvitationLinkInput!) { createInvitationLink(input: $input) { url } }`,
        { input: { collaborationId: c.id, expiresAt, maxUses: 5, needId: c.needs[0]?.id } },
      );
      invite = new URL(data.createInvitationLink.url).pathname;
    }
    await context.close();

    const out = await open(width);
    for (const [name, path] of [
      ['home', '/'],
      ['sign-up', '/signup'],
      ['log-in', '/login'],
      ['invitation', invite],
    ])
      await shoot(out.page, `${width}-out-${name}`, path);
    await out.context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

/** Compares the PNGs of two directories; answers 1 when any differs or is missing. */
async function compare(a, b) {
  if (!a || !b) {
    console.error('usage: node scripts/visual-snapshots.mjs compare BEFORE_DIR AFTER_DIR');
    return 2;
  }
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const names = readdirSync(a)
      .filter((n) => n.endsWith('.png'))
      .sort();
    let same = 0;
    for (const name of names) {
      let after;
      try {
        after = readFileSync(join(b, name)).toString('base64');
      } catch {
        console.log(`${name}: missing in ${b}`);
        continue;
      }
      const before = readFileSync(join(a, name)).toString('base64');
      const d = await page.evaluate(
        async ([x, y]) => {
          const pixels = async (b64) => {
            const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
            const c = new OffscreenCanvas(img.width, img.height).getContext('2d');
            c.drawImage(img, 0, 0);
            return c.getImageData(0, 0, img.width, img.height);
          };
          const [p, q] = [await pixels(x), await pixels(y)];
          if (p.width !== q.width || p.height !== q.height)
            return { size: `${p.width}×${p.height} vs ${q.width}×${q.height}` };
          let n = 0;
          const box = [Infinity, Infinity, -1, -1];
          for (let i = 0; i < p.data.length; i += 4) {
            if (
              p.data[i] !== q.data[i] ||
              p.data[i + 1] !== q.data[i + 1] ||
              p.data[i + 2] !== q.data[i + 2] ||
              p.data[i + 3] !== q.data[i + 3]
            ) {
              const px = (i / 4) % p.width;
              const py = Math.floor(i / 4 / p.width);
              n++;
              box[0] = Math.min(box[0], px);
              box[1] = Math.min(box[1], py);
              box[2] = Math.max(box[2], px);
              box[3] = Math.max(box[3], py);
            }
          }
          return { n, box };
        },
        [before, after],
      );
      if (d.size) console.log(`${name}: size ${d.size}`);
      else if (d.n)
        console.log(`${name}: ${d.n} pixels differ within x ${d.box[0]}–${d.box[2]}, y ${d.box[1]}–${d.box[3]}`);
      else same++;
    }
    console.log(`${same} of ${names.length} identical`);
    return same === names.length ? 0 : 1;
  } finally {
    await browser.close();
  }
}
