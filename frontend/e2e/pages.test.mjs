// Every page of collaborations, the ledger and discovery, on the demo community, at a
// phone's and a desktop's width, through the harness checks (console errors, axe,
// horizontal scroll) with a screenshot each.
import { after, before, describe, test } from 'node:test';
import { checkPage, demo, launchBrowser, logIn, openPage, startServer, widths } from './harness.mjs';

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

const signedOut = [
  ['discover-people-out', '/discover', 'Discover people'],
  ['discover-collabs-out', '/discover/collaborations', 'Discover collaborations'],
  ['value-out', '/values/food-security', 'Food security'],
  ['collab-out', '/c/noord-community-fridge', 'Noord Community Fridge'],
  ['collab-not-found', '/c/no-such-collaboration', 'No collaboration here'],
];

// Amara is a steward of the fridge, a member of the repair atlas, and neither of the trees.
const signedIn = [
  ['dashboard', '/dashboard', 'Dashboard'],
  ['my-collaborations', '/collaborations', 'My collaborations'],
  ['create-collaboration', '/collaborations/new', 'Goal'],
  ['collab-steward', '/c/noord-community-fridge', 'Noord Community Fridge'],
  ['collab-member', '/c/open-repair-atlas', 'Open Repair Atlas'],
  ['collab-stranger', '/c/campanha-code-club', 'Saturday Code Club for Teens'],
  ['collab-edit', '/c/noord-community-fridge/edit', 'Edit the collaboration'],
  ['collab-join', '/c/campanha-code-club/join', 'Join by committing'],
  ['collab-commit-more', '/c/open-repair-atlas/commit', 'Commit more'],
  ['discover-people', '/discover', 'Discover people'],
  ['discover-collabs', '/discover/collaborations', 'Discover collaborations'],
  ['value', '/values/community', 'Community'],
  ['person-giver-record', '/people/joris', 'Joris van Dijk'],
];

for (const [label, width] of [
  ['375 px', widths.phone],
  ['1280 px', widths.desktop],
]) {
  describe(`new pages at ${label}`, () => {
    test('signed out', async () => {
      const s = await openPage(browser, server.url, { width });
      try {
        for (const [name, path, heading] of signedOut) {
          await s.page.goto(path);
          await s.page.getByRole('heading', { level: 1, name: heading }).waitFor();
          await checkPage(s, `${width}-${name}`);
        }
      } finally {
        await s.close();
      }
    });

    test('signed in', async () => {
      const s = await openPage(browser, server.url, { width });
      try {
        await logIn(s.page, demo);
        for (const [name, path, heading] of signedIn) {
          await s.page.goto(path);
          await s.page.getByRole('heading', { level: 1, name: heading }).waitFor();
          if (name === 'person-giver-record')
            await s.page.getByRole('heading', { name: 'Record as a giver' }).waitFor();
          if (name.startsWith('collab-') && !['collab-edit', 'collab-join', 'collab-commit-more'].includes(name)) {
            await s.page.getByRole('heading', { level: 2, name: 'Goal history' }).waitFor();
          }
          await checkPage(s, `${width}-${name}`);
        }
        // A steward looks for people to invite to an open need.
        await s.page.goto('/c/noord-community-fridge/people');
        await s.page.getByRole('button', { name: 'Find people to invite' }).nth(1).click();
        await s.page.getByRole('heading', { name: /People who could help/ }).waitFor();
        await checkPage(s, `${width}-collab-need-candidates`);
      } finally {
        await s.close();
      }
    });
  });
}
