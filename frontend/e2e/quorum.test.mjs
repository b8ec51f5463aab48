// Browser paths for quorum, anonymous positions and what was decided (issue 24, first
// part), through the real binary with the demo data: in the Noord Community Fridge (5
// active members, so 3 must take part) a proposal only the steward takes part in closes
// "quorum not reached" and the steward states what that means with a review date; an
// anonymous proposal shows counts and never names, and, with quorum, is adopted.
// The server's clock moves a week and an hour on to close both (see decisions.test.mjs).
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

/** The steward proposes something else, optionally anonymous, and returns its path. */
async function propose(title, { anonymous = false } = {}) {
  return withPage({}, async ({ page }) => {
    await logIn(page, demo);
    await page.goto(`/c/${slug}/decisions/new`);
    await page.getByRole('radio', { name: /Something else/ }).check();
    await page.getByRole('textbox', { name: /^Title/ }).fill(title);
    if (anonymous) await page.getByRole('checkbox', { name: 'Anonymous positions' }).check();
    await page.getByRole('button', { name: 'Put it to the members' }).click();
    await page.waitForURL(`**/c/${slug}/proposals/**`);
    return new URL(page.url()).pathname;
  });
}

async function takePosition(login, path, stance) {
  await withPage({}, async ({ page }) => {
    await logIn(page, member(login));
    await page.goto(path);
    const form = page.getByRole('form', { name: 'Your position' });
    await form.getByRole('radio', { name: new RegExp(`^${stance}`) }).check();
    await form.getByRole('button', { name: 'Take this position' }).click();
    await page.getByText('Your position is saved.').waitFor();
  });
}

test('a proposal without quorum is not adopted, and an anonymous one shows counts only', async () => {
  const lonely = await propose('Open the pantry on Sunday mornings');
  await takePosition('amara', lonely, 'Agree');
  const secret = await propose('Ask the bakery for a standing Friday delivery', { anonymous: true });
  await takePosition('fatima', secret, 'Agree');
  await takePosition('joris', secret, 'Disagree');

  // Participation as it stands: the steward sees who took part on the open one.
  await withPage({}, async (s) => {
    const { page } = s;
    await logIn(page, demo);
    await page.goto(lonely);
    const stand = page.getByRole('region', { name: 'Where members stand' });
    await stand.getByText('1 of 5 members has taken part; 3 needed.').waitFor();
    await stand.getByText('If it closed now it would not be adopted: too few members have taken part (quorum).').waitFor();
    assert.match(await stand.textContent(), /Took part: Amara Okafor\./);
    await checkPage(s, 'quorum-open');
  });

  // The anonymous one, seen by a member who has not taken part: counts, no names.
  await withPage({}, async (s) => {
    const { page } = s;
    await logIn(page, member('lotte'));
    await page.goto(secret);
    const stand = page.getByRole('region', { name: 'Where members stand' });
    await stand.getByText('2 of 5 members have taken part; 3 needed.').waitFor();
    await stand.getByText(/Positions are anonymous/).waitFor();
    const text = await stand.textContent();
    assert.match(text, /1\s*agrees/);
    assert.match(text, /1\s*disagrees/);
    for (const name of ['Fatima', 'Joris', 'Took part', 'No position yet']) {
      assert.ok(!text.includes(name), `the anonymous proposal shows ${name}: ${text}`);
    }
    await checkPage(s, 'quorum-anonymous-open');
  });
  // Noor takes part too, which makes quorum for the anonymous one.
  await takePosition('noor', secret, 'Agree');

  await server.advanceClock('169h');

  // Closed without quorum: says so and who took part; the steward states what it means.
  for (const [name, width] of Object.entries(widths)) {
    await withPage({ width }, async (s) => {
      const { page } = s;
      await logIn(page, demo);
      await page.goto(lonely);
      await page.getByText('Quorum not reached: 1 of 5 members took part, 3 needed.').waitFor({ timeout: 20_000 });
      await page.getByText('1 of 5 members took part; 3 were needed.').waitFor();
      if (name === 'desktop') {
        const form = page.getByRole('form', { name: 'State what was decided' });
        await form.getByRole('textbox', { name: /Statement/ }).fill('Not decided: too few of us took part. We ask again at the May meeting.');
        await form.getByLabel(/Review on/).fill('2027-05-01');
        await form.getByRole('button', { name: 'Save the statement' }).click();
        await page.getByText('Not decided: too few of us took part. We ask again at the May meeting.').waitFor();
        await page.getByText(/To be reviewed on/).waitFor();
      }
      await page.getByText(/To be reviewed on/).waitFor();
      await checkPage(s, `quorum-not-reached-${name}`);
    });
  }

  // The anonymous one was adopted with quorum, and still names nobody.
  for (const [name, width] of Object.entries(widths)) {
    await withPage({ width }, async (s) => {
      const { page } = s;
      await logIn(page, demo);
      await page.goto(secret);
      await page.getByText('Adopted: nobody blocked, and 2 agreed against 1 who disagreed.').waitFor({ timeout: 20_000 });
      await page.getByText('3 of 5 members took part; 3 were needed.').waitFor();
      const stand = page.getByRole('region', { name: 'Where members stood' });
      const text = await stand.textContent();
      for (const who of ['Fatima', 'Joris', 'Noor']) assert.ok(!text.includes(who), `the steward sees ${who}: ${text}`);
      await checkPage(s, `quorum-anonymous-adopted-${name}`);
    });
  }
});
