// Browser paths for polls (issue 24, kinds of decision), through the real binary with the
// demo data: in the Noord Community Fridge (5 active members, so 3 must take part) the
// steward proposes a ranked-choice poll, three members rank the options, and once the
// server's clock has passed the closing time the page shows the runoff round by round;
// a meeting-time poll chooses its slot and offers to plan a gathering then; a score poll
// and a dot vote show their results. Each closed page is photographed at 1280 and 375 px.
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

/** The steward proposes a poll of the given kind; fill() sets its options. Returns its path. */
async function proposePoll(kind, title, fill) {
  return withPage({}, async (s) => {
    const { page } = s;
    await logIn(page, demo);
    await page.goto(`/c/${slug}/decisions/new`);
    await page.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
    await page.getByRole('textbox', { name: /^Title/ }).fill(title);
    await fill(page);
    await page.getByRole('button', { name: 'Put it to the members' }).click();
    await page.waitForURL(`**/c/${slug}/proposals/**`);
    return new URL(page.url()).pathname;
  });
}

async function labels(page, ...names) {
  for (let i = 0; i < names.length; i++) {
    if (i >= 2) await page.getByRole('button', { name: 'Add an option' }).click();
    await page.getByRole('textbox', { name: new RegExp(`^Option ${i + 1}`) }).fill(names[i]);
  }
}

/** A member casts a ballot on the poll at path; mark() fills the ballot form. */
async function castBallot(login, path, mark) {
  await withPage({}, async ({ page }) => {
    await logIn(page, member(login));
    await page.goto(path);
    const form = page.getByRole('form', { name: 'Cast your ballot' });
    await mark(form);
    await form.getByRole('button', { name: 'Cast my ballot' }).click();
    await page.getByText('Your ballot is cast.').waitFor();
  });
}

const rank = (...names) => async (form) => {
  for (const n of names) await form.getByRole('button', { name: `Rank ${n} next` }).click();
};

/** Opens a closed poll at both widths as the steward, waits for its outcome and checks the page. */
async function atClosing(path, outcome, name, more = async () => {}) {
  for (const [size, width] of Object.entries(widths)) {
    await withPage({ width }, async (s) => {
      const { page } = s;
      await logIn(page, demo);
      await page.goto(path);
      await page.getByText(outcome).waitFor({ timeout: 20_000 });
      await more(page);
      await checkPage(s, `polls-${name}-${size}`);
    });
  }
}

test('a ranked-choice poll decides in two rounds; a meeting-time poll chooses its slot', async () => {
  const ranked = await proposePoll('Ranked choice', 'Where we store the spare crates', (page) =>
    labels(page, 'Garden shed', 'Church kitchen', 'Library basement'),
  );
  const meeting = await proposePoll('Meeting time', 'When we plan the winter rota', async (page) => {
    const slots = [
      ['2026-12-10T18:00', '2026-12-10T19:30'],
      ['2026-12-11T18:00', '2026-12-11T19:30'],
    ];
    for (const [i, [start, end]] of slots.entries()) {
      await page.getByLabel('Starts').nth(i).fill(start);
      await page.getByLabel('Ends').nth(i).fill(end);
      await page.getByRole('combobox', { name: /^Time zone/ }).nth(i).selectOption('Europe/Amsterdam');
    }
  });
  const score = await proposePoll('Score poll', 'Which supplier we ask first', (page) =>
    labels(page, 'Bakery Bos', 'Green grocer', 'Market stall'),
  );
  const dots = await proposePoll('Dot vote', 'What we buy with the grant', async (page) => {
    await labels(page, 'A second fridge', 'Shelves', 'Cool boxes');
    await page.getByRole('spinbutton', { name: /^Dots per member/ }).fill('3');
  });

  // Round one is even (one first choice each); the library, listed last, is eliminated and
  // Amara's ballot goes to her next choice, the garden shed, which then has 2 of 3.
  await castBallot('amara', ranked, rank('Library basement', 'Garden shed'));
  await castBallot('fatima', ranked, rank('Garden shed'));
  await castBallot('joris', ranked, rank('Church kitchen', 'Library basement'));

  const answer = (a, b) => async (form) => {
    await form.getByRole('radio', { name: new RegExp(`^Thu .*: ${a}$`) }).check();
    await form.getByRole('radio', { name: new RegExp(`^Fri .*: ${b}$`) }).check();
  };
  await castBallot('amara', meeting, answer('Yes', 'Yes'));
  await castBallot('fatima', meeting, answer('If need be', 'Yes'));
  await castBallot('joris', meeting, answer('Yes', 'No'));

  const scores = (a, b, c) => async (form) => {
    for (const [label, n] of [['Bakery Bos', a], ['Green grocer', b], ['Market stall', c]]) {
      await form.getByRole('radio', { name: `${label}: ${n}`, exact: true }).check();
    }
  };
  await castBallot('amara', score, scores(5, 3, 1));
  await castBallot('noor', score, scores(4, 4, 2));
  await castBallot('lotte', score, scores(2, 4, 5));

  await withPage({ width: widths.phone }, async (s) => {
    const { page } = s;
    await logIn(page, member('noor'));
    await page.goto(dots);
    const form = page.getByRole('form', { name: 'Cast your ballot' });
    await form.getByText('3 of 3 dots left').waitFor();
    for (let i = 0; i < 2; i++) await form.getByRole('button', { name: 'One dot more on A second fridge' }).click();
    await form.getByRole('button', { name: 'One dot more on Shelves' }).click();
    await form.getByText('0 of 3 dots left').waitFor();
    assert.ok(await form.getByRole('button', { name: 'One dot more on Cool boxes' }).isDisabled(), 'a fourth dot can be placed');
    await checkPage(s, 'polls-dot-ballot-phone');
    await form.getByRole('button', { name: 'Cast my ballot' }).click();
    await page.getByText('Your ballot is cast.').waitFor();
  });
  await castBallot('lotte', dots, async (form) => {
    for (let i = 0; i < 3; i++) await form.getByRole('button', { name: 'One dot more on Shelves' }).click();
  });
  await castBallot('joris', dots, async (form) => {
    await form.getByRole('button', { name: 'One dot more on A second fridge' }).click();
  });

  // Open: the ranking as Amara left it, and how many took part.
  await withPage({}, async (s) => {
    const { page } = s;
    await logIn(page, demo);
    await page.goto(ranked);
    await page.getByText('3 of 5 members have taken part; 3 needed.').waitFor();
    const ranking = page.getByRole('list', { name: 'Your ranking' });
    assert.match(await ranking.textContent(), /1Library basement.*2Garden shed/);
    await checkPage(s, 'polls-ranked-open');
  });

  await server.advanceClock('169h');

  await atClosing(ranked, 'Decided: 3 of 5 members took part, 3 needed; "Garden shed" wins after 2 rounds.', 'ranked', async (page) => {
    const table = page.getByRole('table', { name: 'Instant-runoff, round by round' });
    assert.match(await table.getByRole('row', { name: /Library basement/ }).textContent(), /1 eliminated\s*out/);
    assert.match(await table.getByRole('row', { name: /Garden shed/ }).textContent(), /12 elected/);
    await page.getByText(/Library basement, with the fewest, is eliminated/).waitFor();
  });
  await atClosing(meeting, /the chosen time is "Thu 10 Dec 2026, 18:00–19:30 \(Europe\/Amsterdam\)"/, 'meeting', async (page) => {
    const plan = page.getByRole('link', { name: 'Plan a gathering at this time' });
    const href = new URL(await plan.getAttribute('href'), server.url);
    assert.equal(href.pathname, `/c/${slug}/gatherings/new`);
    assert.equal(href.searchParams.get('start'), '2026-12-10T18:00');
    assert.equal(href.searchParams.get('end'), '2026-12-10T19:30');
    assert.equal(href.searchParams.get('tz'), 'Europe/Amsterdam');
    assert.equal(href.searchParams.get('title'), 'When we plan the winter rota');
  });
  // Means: Bakery 3.67, Green grocer 3.67, Market 2.67: a tie, named.
  await atClosing(score, /"Bakery Bos" and "Green grocer" tie/, 'score');
  await atClosing(dots, /"Shelves" wins/, 'dots');
});
