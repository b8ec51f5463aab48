// Browser paths for impact (issue 8): a steward defines an outcome, two measurements are
// recorded with evidence and one is attested by another member, the chart shows both
// points and the progress, a measurement is corrected, the outcome revised, and the
// report downloads as CSV and JSON; then every impact page at 375 and 1280 px.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import {
  checkPage,
  demo,
  launchBrowser,
  logIn,
  openPage,
  signUp,
  startServer,
  uniqueHandle,
  widths,
} from './harness.mjs';

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
    await fn(session);
  } finally {
    await session.close();
  }
}

/**
 * Sends a GraphQL request from the page, as the person signed in there (the cookies of a
 * same-origin page), for the steps that have no page on this branch yet.
 */
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
  assert.equal(body.errors, undefined, `GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Waits until the page has loaded and its charts (at least one) have drawn: they load on demand. */
async function chartsDrawn(page) {
  await page.waitForFunction(() => {
    const charts = [...document.querySelectorAll('[data-testid="chart"]')];
    return (
      document.querySelector('.loading') === null &&
      charts.length > 0 &&
      charts.every((c) => c.querySelector('svg.recharts-surface'))
    );
  });
}

/** A local date and time a few days back, as a datetime-local input takes it. */
async function daysAgo(page, days) {
  return page.evaluate((days) => {
    const d = new Date(Date.now() - days * 864e5);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, days);
}

test('a steward defines an outcome, two measurements are recorded and one attested, and the report downloads', async () => {
  await withPage({}, async (steward) => {
    await withPage({ width: widths.phone }, async (member) => {
      // The steward starts a collaboration (its page is built on another branch: by the API).
      const stewardHandle = await signUp(steward.page, { handle: uniqueHandle('stew'), displayName: 'Sana Steward' });
      const { values } = await gql(steward.page, '{ values(first: 2) { edges { node { id slug name } } } }');
      const { createCollaboration } = await gql(
        steward.page,
        `mutation($input: CreateCollaborationInput!) { createCollaboration(input: $input) { collaboration { id slug } } }`,
        {
          input: {
            title: 'Riverside meal share',
            goal: 'Cook together so that nobody on our street eats alone or goes hungry.',
            values: values.edges.map((e, i) => ({ valueId: e.node.id, weight: 5 - i })),
            remote: true,
            commitment: { kind: 'TIME', quantity: '10', description: 'Cooking on Saturdays' },
          },
        },
      );
      const { slug, id: collaborationId } = createCollaboration.collaboration;

      // A second person asks to join with a commitment, and the steward approves.
      await signUp(member.page, { handle: uniqueHandle('memb'), displayName: 'Milo Member' });
      const { requestToJoin } = await gql(
        member.page,
        `mutation($input: RequestToJoinInput!) { requestToJoin(input: $input) { membership { id } } }`,
        { input: { collaborationId, commitments: [{ kind: 'TIME', quantity: '4', description: 'Washing up' }] } },
      );
      await gql(steward.page, `mutation($input: MembershipActionInput!) { approveMember(input: $input) { membership { status } } }`, {
        input: { membershipId: requestToJoin.membership.id },
      });

      // Both give some time (the ledger's pages are built on another branch: by the API),
      // and the member confirms the steward's entry.
      const log = `mutation($input: LogContributionInput!) { logContribution(input: $input) { contribution { id } } }`;
      const given = await gql(steward.page, log, { input: { collaborationId, kind: 'TIME', quantity: '3', note: 'Cooked the first meal' } });
      await gql(member.page, log, { input: { collaborationId, kind: 'TIME', quantity: '1.5', note: 'Washed up' } });
      await gql(member.page, `mutation($input: ContributionActionInput!) { confirmContribution(input: $input) { contribution { id } } }`, {
        input: { contributionId: given.logContribution.contribution.id },
      });

      // No outcomes yet: the page says what to do next.
      const sp = steward.page;
      await sp.goto(`/c/${slug}/impact`);
      await sp.getByRole('heading', { level: 1, name: 'Riverside meal share' }).waitFor();
      await sp.getByText('No outcomes yet').waitFor();
      await chartsDrawn(sp);
      await checkPage(steward, 'impact-path-no-outcomes');

      // The steward defines an outcome; the form catches a target equal to the baseline.
      await sp.getByRole('link', { name: 'Define the first outcome' }).click();
      await sp.waitForURL(`**/c/${slug}/impact/outcomes/new`);
      await sp.getByLabel('What will you measure?').fill('Meals shared each month');
      await sp.getByLabel('Unit').fill('meals');
      await sp.getByLabel('Baseline').fill('40');
      await sp.getByLabel('Target').fill('40');
      await sp.getByRole('button', { name: 'Define outcome' }).click();
      await sp.getByText('The target must differ from the baseline, or there is nothing to measure.').waitFor();
      await checkPage(steward, 'impact-path-define-invalid');
      await sp.getByLabel('Target').fill('200');
      await sp.getByLabel('Due date').fill('2031-12-31');
      await checkPage(steward, 'impact-path-define-filled');
      await sp.getByRole('button', { name: 'Define outcome' }).click();
      await sp.waitForURL(`**/c/${slug}/impact#outcome-*`);
      await sp.getByText('“Meals shared each month” is defined.').waitFor();
      const outcome = sp.getByRole('article', { name: 'Meals shared each month' });
      await outcome.getByText('Not measured yet').waitFor();

      // The steward records the first measurement, with a link as evidence.
      await outcome.getByRole('link', { name: 'Record the first measurement' }).click();
      await sp.getByLabel('Value, in meals').fill('70');
      await sp.getByLabel('Measured at').fill(await daysAgo(sp, 6));
      await sp.getByLabel('Evidence link').fill('ftp://example.org/tally');
      await sp.getByRole('button', { name: 'Record measurement' }).click();
      await sp.getByText('Evidence links start with http:// or https://').first().waitFor();
      await sp.getByLabel('Evidence link').fill('https://example.org/riverside/tally-week-1');
      await checkPage(steward, 'impact-path-record-first');
      await sp.getByRole('button', { name: 'Record measurement' }).click();
      await sp.getByText('Your measurement of 70 meals is recorded.').waitFor();

      // The member records the second, with a note, and attests the steward's first.
      const mp = member.page;
      await mp.goto(`/c/${slug}/impact`);
      const mOutcome = mp.getByRole('article', { name: 'Meals shared each month' });
      await mOutcome.getByText('Attest', { exact: true }).waitFor();
      await mOutcome.getByRole('button', { name: /^Attest 70\smeals measured/ }).click();
      await mOutcome.getByText(/You attest 70\smeals/).waitFor();
      await mOutcome.getByText('Attested by Milo Member.').waitFor();
      await mOutcome.getByRole('link', { name: 'Record a measurement of Meals shared each month' }).click();
      await mp.getByLabel('Value, in meals').fill('120');
      await mp.getByLabel('How it was measured').fill('Counted the plates at each shared meal this month.');
      await checkPage(member, 'impact-path-record-second-375');
      await mp.getByRole('button', { name: 'Record measurement' }).click();
      await mp.getByText('Your measurement of 120 meals is recorded.').waitFor();
      await chartsDrawn(mp);
      await checkPage(member, 'impact-path-member-after-second-375');

      // The steward sees both points on the chart, the progress, and who attests what.
      await sp.reload();
      await outcome.getByText('On track', { exact: true }).waitFor();
      await chartsDrawn(sp);
      assert.equal(await outcome.locator('[data-testid="chart"] .recharts-line-dot').count(), 2, 'the chart draws both measurements');
      assert.match(await outcome.getByTestId('progress-figure').innerText(), /50%\s+of the way/);
      assert.match(await outcome.locator('figcaption').innerText(), /2 measurements, from 70\smeals on .* to 120\smeals on /);
      const items = outcome.getByRole('list', { name: /Measurements of Meals shared each month/ }).getByRole('listitem');
      assert.equal(await items.count(), 2);
      assert.match(await items.nth(0).innerText(), /120\smeals[\s\S]*Recorded by Milo Member[\s\S]*Counted the plates/);
      assert.match(await items.nth(1).innerText(), /70\smeals[\s\S]*Attested by Milo Member\./);
      assert.equal(
        await items.nth(1).getByRole('link', { name: /example\.org\/riverside\/tally-week-1/ }).getAttribute('href'),
        'https://example.org/riverside/tally-week-1',
      );
      // The steward attests the member's measurement too; nobody attests their own.
      assert.equal(await items.nth(1).getByRole('button', { name: /^Attest/ }).count(), 0);
      await items.nth(0).getByRole('button', { name: /^Attest 120\smeals/ }).click();
      await outcome.getByText('Attested by Sana Steward.').waitFor();
      await checkPage(steward, 'impact-path-two-measurements');

      // The report downloads under a sensible name, as CSV with a header row and as JSON.
      const [csv] = await Promise.all([sp.waitForEvent('download'), sp.getByRole('link', { name: 'Export CSV' }).click()]);
      assert.match(csv.suggestedFilename(), new RegExp(`^kindred-impact-${slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      const text = await readFile(await csv.path(), 'utf8');
      const [header, ...rows] = text.trimEnd().split('\r\n');
      assert.match(header, /^section,name,person,kind,unit,currency,month,amount,confirmed,contributors,largest_share,baseline,target,direction/);
      assert.ok(rows.some((r) => r.startsWith('outcome,Meals shared each month,')), 'the CSV has the outcome');
      assert.equal(rows.filter((r) => r.startsWith('measurement,')).length, 2, 'the CSV has both measurements');
      const [json] = await Promise.all([sp.waitForEvent('download'), sp.getByRole('link', { name: 'Export JSON' }).click()]);
      assert.match(json.suggestedFilename(), new RegExp(`^kindred-impact-${slug}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
      const report = JSON.parse(await readFile(await json.path(), 'utf8'));
      assert.equal(report.outcomes[0].progress.raw, 0.5);
      assert.equal(report.outcomes[0].measurements.length, 2);

      // The member corrects their own measurement: both stay visible, only the correction counts.
      await mp.goto(`/c/${slug}/impact`);
      await mOutcome.getByRole('link', { name: /^Correct 120\smeals/ }).click();
      await mp.getByText('You are correcting a measurement').waitFor();
      await mp.getByLabel('Value, in meals').fill('110');
      await mp.getByLabel('How it was measured').fill('Recounted: two plates were counted twice.');
      await checkPage(member, 'impact-path-correct-375');
      await mp.getByRole('button', { name: 'Record correction' }).click();
      await mp.getByText('Your correction to 110 meals is recorded').waitFor();
      await mOutcome.getByText('Corrected', { exact: true }).waitFor();
      assert.match(await mOutcome.getByTestId('progress-figure').innerText(), /44%\s+of the way/);
      await chartsDrawn(mp);
      await checkPage(member, 'impact-path-corrected-375');

      // The steward revises the outcome; the earlier definition stays in its history.
      await sp.goto(`/c/${slug}/impact`);
      await outcome.getByRole('link', { name: /^Revise outcome\W+Meals shared each month$/ }).click();
      await sp.getByLabel('Target').fill('160');
      await sp.getByLabel('Why revise it?').fill('Our kitchen seats fewer than we hoped.');
      await sp.getByRole('button', { name: 'Save revision' }).click();
      await sp.getByText('“Meals shared each month” is revised').waitFor();
      await outcome.getByText('History: revised 1 time').click();
      await outcome.getByText('Our kitchen seats fewer than we hoped.').waitFor();
      assert.match(await outcome.getByTestId('progress-figure').innerText(), /58%\s+of the way/);
      await chartsDrawn(sp);
      await checkPage(steward, 'impact-path-revised');

      // Their impact pages show where they contributed and the outcome's progress.
      await sp.goto(`/people/${stewardHandle}/impact`);
      await sp.getByRole('heading', { level: 1, name: 'Your impact' }).waitFor();
      await sp.getByRole('link', { name: 'Riverside meal share' }).waitFor();
      assert.match(await sp.getByRole('region', { name: 'What you gave' }).innerText(), /Time\s+3\shours\s+\(3\shours confirmed\)/);
      await chartsDrawn(sp);
      await sp.getByRole('link', { name: 'Meals shared each month' }).waitFor();
      await checkPage(steward, 'impact-path-person');
    });
  });
});

/** An outcome of the demo's community fridge and one of its measurements, for the forms. */
async function demoIDs(page) {
  const data = await gql(
    page,
    `{ collaboration(slug: "noord-community-fridge") { outcomes { id measurements(first: 1) { edges { node { id } } } } } }`,
  );
  const o = data.collaboration.outcomes[0];
  return { outcome: o.id, measurement: o.measurements.edges[0].node.id };
}

const fridge = '/c/noord-community-fridge/impact';

for (const [label, width] of process.env.ONLY_PATH ? [] : [
  ['375 px', widths.phone],
  ['1280 px', widths.desktop],
]) {
  describe(`every impact page at ${label}`, () => {
    test('signed out', async () => {
      await withPage({ width }, async (s) => {
        for (const [name, path, heading, charts] of [
          ['impact-overview', '/impact', 'The community’s impact', true],
          ['impact-collaboration', fridge, 'Noord Community Fridge', true],
          ['impact-person', '/people/amara/impact', 'Impact of Amara Okafor', true],
          ['impact-value', '/values/food-security/impact', 'Food security', true],
          ['impact-collaboration-not-found', '/c/no-such-thing/impact', 'No collaboration to show here', false],
        ]) {
          await s.page.goto(path);
          await s.page.getByRole('heading', { level: 1, name: heading }).waitFor();
          if (charts) await chartsDrawn(s.page);
          await checkPage(s, `${width}-${name}-signed-out`);
        }
        // The forms are for members: signed out, they send a person to log in first.
        await s.page.goto(`${fridge}/outcomes/new`);
        await s.page.waitForURL('**/login?next=*');
      });
    });

    test('signed in as a steward', async () => {
      await withPage({ width }, async (s) => {
        await logIn(s.page, demo);
        const ids = await demoIDs(s.page);
        const enc = encodeURIComponent;
        for (const [name, path, heading, charts] of [
          ['impact-overview', '/impact', 'The community’s impact', true],
          ['impact-collaboration', fridge, 'Noord Community Fridge', true],
          ['impact-define-outcome', `${fridge}/outcomes/new`, 'Define an outcome', false],
          ['impact-revise-outcome', `${fridge}/outcomes/${enc(ids.outcome)}/edit`, /^Revise “/, false],
          ['impact-record-measurement', `${fridge}/outcomes/${enc(ids.outcome)}/measurements/new`, 'Record a measurement', false],
          [
            'impact-correct-measurement',
            `${fridge}/outcomes/${enc(ids.outcome)}/measurements/new?corrects=${enc(ids.measurement)}`,
            'Correct a measurement',
            false,
          ],
          ['impact-my-impact', '/people/amara/impact', 'Your impact', true],
          ['impact-value', '/values/food-security/impact', 'Food security', true],
        ]) {
          await s.page.goto(path);
          await s.page.getByRole('heading', { level: 1, name: heading }).waitFor();
          if (charts) await chartsDrawn(s.page);
          await checkPage(s, `${width}-${name}`);
        }
      });
    });
  });
}

test('charts load on demand, not with the main page', async () => {
  await withPage({}, async (s) => {
    const charts = [];
    s.page.on('request', (r) => {
      if (/chart/i.test(r.url())) charts.push(r.url());
    });
    await s.page.goto('/');
    await s.page.getByRole('heading', { level: 1 }).first().waitFor();
    assert.deepEqual(charts, [], 'no chart code on the home page');
    await s.page.goto('/impact');
    await chartsDrawn(s.page);
    assert.ok(charts.length > 0, 'the chart code loads on the impact page');
  });
});
