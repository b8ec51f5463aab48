// Browser paths for deciding together (issue 6) through the real binary: a steward
// proposes a new goal, two members agree, one comments, the closing time passes, and the
// decisions page shows the new goal with the old one in the history. Then every decisions
// page at 375 and 1280 px.
//
// The API refuses closing times less than an hour ahead, so "the clock passes the closing
// time" moves the server's clock (the harness starts it with --movable-clock) a week and an
// hour on; the server's scheduler (every 5 s) then closes the proposal.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkPage, demo, launchBrowser, logIn, openPage, startServer, widths } from './harness.mjs';

const slug = 'noord-community-fridge';
const oldGoal =
  'Keep a public fridge and pantry on the Zwaanshals stocked every day, so that surplus food from local bakeries and shops reaches neighbours instead of the bin: 400 kg rescued each month by the end of the year.';
const newGoal =
  'Keep a public fridge and pantry on the Zwaanshals stocked every day and rescue 600 kg of food each month, so that surplus food reaches neighbours instead of the bin.';
const title = 'Raise our target to 600 kg a month';
const outcomeName = 'Meals made from rescued food';
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

/** Runs fn with a fresh page (its own cookies) and closes it whatever happens. */
async function withPage(options, fn) {
  const session = await openPage(browser, server.url, options);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}

/** Logs in as a member, opens the proposal and takes a position through the form. */
async function agree(login, path, reason) {
  await withPage({}, async (s) => {
    const { page } = s;
    await logIn(page, member(login));
    await page.goto(path);
    const form = page.getByRole('form', { name: 'Your position' });
    await form.getByRole('radio', { name: /^Agree/ }).check();
    if (reason) await form.getByRole('textbox', { name: /Your reason/ }).fill(reason);
    await form.getByRole('button', { name: 'Take this position' }).click();
    await page.getByText('Your position is saved.').waitFor();
    await form.getByText('You agree. You can change your position').waitFor();
    await checkPage(s, `decisions-path-${login}-agrees`);
  });
}


for (const [label, width] of [
  ['375 px', widths.phone],
  ['1280 px', widths.desktop],
]) {
  describe(`every decisions page at ${label}`, () => {
    test('signed in as a steward', async () => {
      await withPage({ width }, async (s) => {
        const { page } = s;
        await logIn(page, demo);
        await page.goto(`/c/${slug}/decisions`);
        const h1 = page.getByRole('heading', { level: 1, name: 'Decisions' });
        await h1.waitFor();
        await page.getByRole('region', { name: 'Talk and do' }).getByText('Talk', { exact: true }).waitFor();
        // The collaboration's name stands above the heading (a shared .page-head once put them side by side).
        const eyebrow = await page.getByRole('link', { name: 'Noord Community Fridge' }).first().boundingBox();
        const heading = await h1.boundingBox();
        assert.ok(eyebrow.y + eyebrow.height <= heading.y, `the name (${JSON.stringify(eyebrow)}) is above the heading (${JSON.stringify(heading)})`);
        await checkPage(s, `${width}-decisions`);

        await page.getByRole('link', { name: 'Withdrawn' }).click();
        await page.getByText('Nothing has been withdrawn').waitFor();
        await checkPage(s, `${width}-decisions-filter-empty`);

        await page.goto(`/c/${slug}/decisions/new`);
        await page.getByRole('heading', { level: 1, name: 'Propose something' }).waitFor();
        await page.getByRole('button', { name: 'Put it to the members' }).click();
        await page.getByText('Choose what the proposal is about.').waitFor();
        await checkPage(s, `${width}-decisions-propose-invalid`);

        await page.goto(`/c/${slug}/decisions`);
        await page
          .getByRole('region', { name: 'Proposals' })
          .getByRole('link', { name: 'Add a weekly shared meal to our goal' })
          .click();
        await page.getByRole('heading', { level: 1, name: 'Add a weekly shared meal to our goal' }).waitFor();
        await page.getByRole('form', { name: 'Your position' }).waitFor();
        await checkPage(s, `${width}-decisions-proposal-open`);

        // A block needs a reason, in the browser too.
        const form = page.getByRole('form', { name: 'Your position' });
        await form.getByRole('radio', { name: /^Block/ }).check();
        await form.getByRole('textbox', { name: /Why do you block it/ }).fill('');
        await form.getByRole('button', { name: 'Change my position' }).click();
        await form.getByText(/say why, so the others can answer it/).waitFor();
        await checkPage(s, `${width}-decisions-proposal-block-needs-reason`);
      });
    });

    test('signed out, a closed proposal and what is not there', async () => {
      await withPage({ width }, async (s) => {
        const { page } = s;
        await page.goto('/c/neukolln-street-trees/decisions?status=adopted');
        await page.getByRole('link', { name: 'Log in to take part' }).waitFor();
        await page.getByRole('link', { name: 'Each member adopts a street for watering' }).click();
        await page.getByText(/^Adopted: nobody blocked/).waitFor();
        await checkPage(s, `${width}-decisions-proposal-adopted`);

        await page.goto('/c/no-such-collaboration/decisions');
        await page.getByRole('heading', { level: 1, name: 'No collaboration here' }).waitFor();
        await checkPage(s, `${width}-decisions-not-found`);

        await page.goto('/c/neukolln-street-trees/proposals/bm90LWEtcHJvcG9zYWw');
        await page.getByRole('heading', { level: 1, name: 'No proposal here' }).waitFor();
        await checkPage(s, `${width}-decisions-proposal-not-found`);
      });
    });
  });
}

// Last: it moves the server's clock a week on, which closes the demo's open proposals too.
/** Logs in as a member and takes a position on the proposal at path, without screenshots. */
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

test('a steward proposes a new goal, two members agree, one comments, and at its time it is adopted', async () => {
  // The steward proposes.
  const path = await withPage({}, async (s) => {
    const { page } = s;
    await logIn(page, demo);
    await page.goto(`/c/${slug}/decisions`);
    await page.getByRole('heading', { level: 1, name: 'Decisions' }).waitFor();
    await page.getByRole('link', { name: 'Propose something' }).first().click();
    await page.waitForURL(`**/c/${slug}/decisions/new`);
    await page.getByRole('radio', { name: /A new goal/ }).check();
    await page.getByRole('textbox', { name: /^Title/ }).fill(title);
    await page.getByRole('textbox', { name: /The goal you propose/ }).fill(newGoal);
    await page
      .getByRole('textbox', { name: /What and why/ })
      .fill('Two new bakeries and the Saturday market give us far more than 400 kg. Let us aim for what we can now do.');
    // The closing time is left at its default, a week from now.
    assert.match(await page.getByText(/^It closes on /).textContent(), /7 days from now\.$/);
    await checkPage(s, 'decisions-path-propose-filled');
    await page.getByRole('button', { name: 'Put it to the members' }).click();
    await page.waitForURL(`**/c/${slug}/proposals/**`);
    await page.getByText('Your proposal is open for positions and comments.').waitFor();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(/6 days and 23 hours left|7 days left/).waitFor();
    await page.getByRole('button', { name: 'Withdraw it' }).waitFor();
    await checkPage(s, 'decisions-path-proposed');
    return new URL(page.url()).pathname;
  });

  // The steward also proposes an outcome to measure, and agrees with it.
  const outcomePath = await withPage({}, async (s) => {
    const { page } = s;
    await logIn(page, demo);
    await page.goto(`/c/${slug}/decisions/new`);
    await page.getByRole('radio', { name: /An outcome/ }).check();
    await page.getByRole('textbox', { name: /^Title/ }).fill('Count the meals we make possible');
    await page.getByRole('textbox', { name: /^Outcome/ }).fill(outcomeName);
    await page.getByRole('textbox', { name: /^Counted in/ }).fill('meals');
    await page.getByRole('textbox', { name: /^Where it stands now/ }).fill('0');
    await page.getByRole('textbox', { name: /^Target/ }).fill('800');
    await checkPage(s, 'decisions-path-propose-outcome');
    await page.getByRole('button', { name: 'Put it to the members' }).click();
    await page.waitForURL(`**/c/${slug}/proposals/**`);
    const proposed = page.getByRole('region', { name: 'The proposed outcome' });
    await proposed.getByText('If adopted, the collaboration starts measuring it.').waitFor();
    const form = page.getByRole('form', { name: 'Your position' });
    await form.getByRole('radio', { name: /^Agree/ }).check();
    await form.getByRole('button', { name: 'Take this position' }).click();
    await page.getByText('Your position is saved.').waitFor();
    return new URL(page.url()).pathname;
  });

  // Two members agree.
  await agree('fatima', path, 'We weigh more than 500 kg most months already.');
  await agree('joris', path);
  // Quorum: 3 of the 5 active members take part, so noor abstains on the goal and two
  // members join the steward on the outcome.
  await takePosition('noor', path, 'Abstain');
  await takePosition('joris', outcomePath, 'Agree');
  await takePosition('noor', outcomePath, 'Agree');

  // One comments.
  await withPage({}, async (s) => {
    const { page } = s;
    await logIn(page, member('noor'));
    await page.goto(path);
    const comment = 'Count me in for the Saturday market run; 600 kg sounds right.';
    await page.getByRole('textbox', { name: 'Your comment' }).fill(comment);
    await page.getByRole('button', { name: 'Add comment' }).click();
    const discussion = page.getByRole('region', { name: /Discussion/ });
    await discussion.getByText(comment).waitFor();
    // The form empties itself once the comment is in (a moment after it shows).
    const box = page.getByRole('textbox', { name: 'Your comment' });
    for (let i = 0; i < 50 && (await box.inputValue()) !== ''; i++) await page.waitForTimeout(100);
    assert.equal(await box.inputValue(), '');
    await checkPage(s, 'decisions-path-noor-comments');
  });

  // The steward sees where everyone stands; then the clock passes the closing time.
  await withPage({}, async (s) => {
    const { page } = s;
    await logIn(page, demo);
    await page.goto(path);
    const stand = page.getByRole('region', { name: 'Where members stand' });
    await stand.getByText('If it closed now it would be adopted: nobody blocks, and 2 agree against 0 who disagree.').waitFor();
    await stand.getByText('We weigh more than 500 kg most months already.').waitFor();
    assert.match(await stand.textContent(), /No position yet from .*Amara Okafor/);
    await checkPage(s, 'decisions-path-before-closing');

    await server.advanceClock('169h');
    // The browser's own clock still says a week is left, so the page does not ask again by
    // itself: reload until the server's scheduler (every 5 s) has closed the proposal.
    const adopted = page.getByText('Adopted: nobody blocked, and 2 agreed against 0 who disagreed.');
    for (let i = 0; i < 20 && (await adopted.count()) === 0; i++) {
      await page.waitForTimeout(1000);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
    }
    // The page says the outcome is being counted and asks until the scheduler has closed it.
    await page.getByText('Adopted: nobody blocked, and 2 agreed against 0 who disagreed.').waitFor({ timeout: 20_000 });
    await page.getByText(/The proposed goal is now the collaboration’s goal/).waitFor();
    assert.equal(await page.getByRole('radio').count(), 0, 'no position form once closed');
    assert.equal(await page.getByRole('textbox', { name: 'Your comment' }).count(), 0, 'no comment form once closed');
    await checkPage(s, 'decisions-path-adopted');

    // The decisions page shows the new goal, and the old one in the history.
    await page.getByRole('link', { name: 'goal history' }).click();
    await page.waitForURL(`**/c/${slug}/decisions`);
    const now = page.getByRole('region', { name: 'The goal now' });
    await now.getByText(newGoal).waitFor();
    assert.match(await now.textContent(), new RegExp(`Adopted on .* from ${title}, proposed by Amara Okafor\\.`));
    const history = page.getByRole('region', { name: 'Earlier goals' });
    await history.getByText(oldGoal).waitFor();
    assert.match(await history.textContent(), new RegExp(`Replaced on .* by the proposal ${title}\\.`));
    const activity = page.getByRole('region', { name: 'Activity' });
    await activity.getByText('The goal changed.').first().waitFor();
    await activity.getByText(`${title} was adopted.`).waitFor();
    await page.getByRole('link', { name: 'Adopted' }).click();
    await page.waitForURL('**/decisions?status=adopted');
    await page.getByRole('region', { name: 'Proposals' }).getByRole('link', { name: title }).waitFor();
    await checkPage(s, 'decisions-path-new-goal');

    // The adopted outcome proposal defined its outcome, measured on the impact page.
    await page.goto(outcomePath);
    const proposed = page.getByRole('region', { name: 'The proposed outcome' });
    await proposed.getByText(/^Adopted: the collaboration now measures it on/).waitFor();
    await checkPage(s, 'decisions-path-outcome-adopted');
    await proposed.getByRole('link', { name: 'its impact page' }).click();
    await page.waitForURL(`**/c/${slug}/impact#outcome-*`);
    await page.getByRole('heading', { name: outcomeName }).waitFor();
  });
});
