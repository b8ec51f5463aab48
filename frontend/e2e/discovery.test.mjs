// The browser path of discovery (issue 7) on the demo community: a new person picks
// values, sees the best-aligned people with the values they share, filters by a value,
// opens a collaboration and joins it by committing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkPage, demo, launchBrowser, logIn, openPage, signUp, startServer, uniqueHandle } from './harness.mjs';

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

/** The percentages of the alignment bars on the page, in order. */
async function scores(page) {
  const texts = await page.getByTestId('alignment-figure').locator('strong').allTextContents();
  return texts.map((t) => Number(t.replace('%', '')));
}

test('pick values, see aligned people, filter by a value, join a collaboration by committing', async () => {
  const s = await openPage(browser, server.url);
  const { page } = s;
  try {
    await signUp(page, { handle: uniqueHandle('vera'), displayName: 'Vera Newcomer' });
    await page.getByRole('button', { name: 'Add Community', exact: true }).click();
    for (const [search, name] of [
      ['food', 'Food security'],
      ['sustain', 'Sustainability'],
    ]) {
      await page.getByRole('searchbox', { name: 'Search the catalog' }).fill(search);
      await page.getByRole('button', { name: `Add ${name}`, exact: true }).click();
    }
    await page
      .getByRole('group', { name: 'How strongly do you hold food security?' })
      .getByRole('radio', { name: '5: With all my heart' })
      .check();
    await page.getByRole('button', { name: 'Save my values' }).click();
    await page.waitForURL('**/people/**');

    // The best-aligned people, best first, each with the values shared and both strengths.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Discover' }).click();
    await page.getByRole('heading', { level: 1, name: 'Discover people' }).waitFor();
    const people = page.getByRole('list', { name: 'People, best aligned first' });
    await people.getByTestId('match').first().waitFor();
    const first = await scores(page);
    assert.ok(first.length >= 10, `expected a page of ranked people, got ${first.length}`);
    assert.deepEqual(
      first,
      [...first].sort((x, y) => y - x),
      'best aligned first',
    );
    const top = people.getByTestId('match').first();
    const chips = top.getByRole('list', { name: /Values you share with/ });
    assert.match(await chips.innerText(), /(Food security|Community|Sustainability)\s*you \d · them \d/);
    await checkPage(s, 'discovery-people-ranked');

    // Filter by a value: every card now shares it.
    await page.getByLabel('Holds the value').selectOption({ label: 'Food security' });
    await page.waitForURL('**/discover?value=food-security');
    await page.waitForFunction(() => {
      const cards = [...document.querySelectorAll('[data-testid="match"]')];
      return cards.length > 0 && cards.every((c) => c.textContent.includes('Food security'));
    });
    const cards = people.getByTestId('match');
    const n = await cards.count();
    assert.ok(n > 0);
    for (let i = 0; i < n; i++) {
      assert.match(
        await cards
          .nth(i)
          .getByRole('list', { name: /Values you share/ })
          .innerText(),
        /Food security/,
      );
    }
    await checkPage(s, 'discovery-people-by-value');

    // Collaborations, ranked the same way; open the best one and join it by committing.
    await page.getByRole('navigation', { name: 'Discover' }).getByRole('link', { name: 'Collaborations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Discover collaborations' }).waitFor();
    const collabs = page.getByRole('list', { name: 'Collaborations, best aligned first' });
    await collabs.getByTestId('match').first().waitFor();
    await checkPage(s, 'discovery-collaborations-ranked');
    const title = await collabs.getByTestId('match').first().getByRole('heading', { level: 3 }).innerText();
    await collabs
      .getByTestId('match')
      .first()
      .getByRole('link', { name: `See it and join ${title}` })
      .click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await checkPage(s, 'discovery-collaboration-opened');

    await page.getByRole('link', { name: 'Join by committing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Join by committing' }).waitFor();
    await page.getByLabel('How much').fill('3');
    await page.getByLabel(/What you will do or give/).fill('Three hours a month, wherever a hand is needed.');
    await page.getByRole('button', { name: 'Ask to join' }).click();
    await page.getByText('Your request to join is sent').waitFor();
    await page.getByText('A steward will answer your request.').waitFor();
    await checkPage(s, 'discovery-joined-by-committing');

    // It is among my collaborations, waiting for a steward.
    await page.goto('/collaborations');
    const waiting = page.getByRole('region', { name: /Waiting for a steward/ });
    await waiting.getByRole('link', { name: title }).waitFor();
  } finally {
    await s.close();
  }
});

test('signed out, discovery lists public people without scores, more as one scrolls', async () => {
  const s = await openPage(browser, server.url);
  try {
    await s.page.goto('/discover');
    await s.page.getByText(/You see public people by handle, unranked/).waitFor();
    const people = s.page.getByRole('list', { name: 'People, best aligned first' });
    await people.getByTestId('match').first().waitFor();
    assert.equal(await s.page.getByTestId('alignment').count(), 0);
    assert.equal(await people.getByTestId('match').count(), 20);
    await checkPage(s, 'discovery-signed-out');

    // Scrolling near the end loads the next page by itself.
    await people.getByRole('button', { name: 'Show more people' }).scrollIntoViewIfNeeded();
    await people.getByTestId('match').nth(20).waitFor();
    assert.equal(await people.getByRole('button', { name: 'Show more people' }).count(), 0);
  } finally {
    await s.close();
  }
});

test('a steward invites a candidate for an open need, who accepts by committing', async () => {
  const steward = await openPage(browser, server.url);
  const invitee = await openPage(browser, server.url);
  try {
    const a = steward.page;
    await logIn(a, demo);
    await a.goto('/c/noord-community-fridge/people');
    const need = a
      .getByRole('listitem')
      .filter({ has: a.getByRole('heading', { level: 3, name: 'Skill: 10 hours of bookkeeping' }) });
    await need.getByRole('button', { name: 'Find people to invite' }).click();
    const henk = need.getByTestId('candidate').filter({ hasText: 'Henk de Vries' });
    await henk.getByTestId('alignment').waitFor();
    await checkPage(steward, 'discovery-need-candidates');
    await henk.getByRole('button', { name: 'Invite Henk de Vries' }).click();
    await henk.getByText('Invited', { exact: true }).waitFor();
    await a.reload();
    await a.getByRole('heading', { name: 'Invited (1)' }).waitFor();

    const h = invitee.page;
    await logIn(h, { login: 'henk', password: demo.password });
    await h.goto('/collaborations');
    const invitations = h.getByRole('region', { name: /Invitations/ });
    await invitations.getByRole('link', { name: 'Noord Community Fridge' }).waitFor();
    await checkPage(invitee, 'discovery-invitation-listed');
    await invitations.getByRole('link', { name: 'Accept by committing' }).click();
    await h.getByRole('heading', { level: 1, name: 'Accept the invitation' }).waitFor();
    await h.getByLabel(/Toward a need/).selectOption({ label: '10 hours of bookkeeping (0% pledged)' });
    await h.getByLabel('How much').fill('10');
    await h.getByRole('button', { name: 'Accept and commit' }).click();
    await h.getByText('Welcome: you are a member now.').waitFor();
    await h.getByRole('navigation', { name: 'Sections of this collaboration' }).getByRole('link', { name: 'People and needs' }).click();
    const bookkeeping = h
      .getByRole('listitem')
      .filter({ has: h.getByRole('heading', { level: 3, name: 'Skill: 10 hours of bookkeeping' }) });
    await bookkeeping.getByText('10 of 10 hours pledged (100%)').waitFor();
    await checkPage(invitee, 'discovery-invitation-accepted');
  } finally {
    await Promise.all([steward.close(), invitee.close()]);
  }
});
