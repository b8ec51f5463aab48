// The GraphQL over HTTP audit (graphql-http's serverAudits) against the real binary:
// every audit, MUST, SHOULD and MAY, is a test of its own named by its id and name, so
// that a failure says which rule of the spec the server broke. No browser is launched.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { serverAudits } from 'graphql-http';
import { startServer } from './harness.mjs';

let server;

before(async () => {
  server = await startServer({ seed: false });
});

after(async () => {
  await server?.stop();
});

describe('GraphQL over HTTP audit', () => {
  // The URL is asked for per audit, once the server listens.
  const audits = serverAudits({ url: () => `${server.url}/query`, fetchFn: fetch });
  for (const audit of audits) {
    test(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (result.status === 'ok') return;
      const body = await result.response.text().catch(() => '(unreadable)');
      assert.fail(`${result.status}: ${result.reason}\n  response ${result.response.status}: ${body}`);
    });
  }
});
