import { Client, cacheExchange, fetchExchange, mapExchange, type Operation } from '@urql/core';
import { hasCode } from './errors';

/** The name of an operation's first definition, for logging and decisions. */
export function operationName(operation: Operation): string | undefined {
  for (const d of operation.query.definitions) {
    if (d.kind === 'OperationDefinition') return d.name?.value;
  }
  return undefined;
}

/** Operations whose UNAUTHENTICATED error is an answer, not a lost session. */
const expectedUnauthenticated = new Set(['LogIn']);

/**
 * A client for the API on this origin. The session lives in HttpOnly cookies, which the
 * browser sends because of `credentials: 'same-origin'`; the server refreshes them as
 * needed, so the app holds no token and no refresh logic. Every request is a POST so
 * the browser always sends an Origin header.
 */
export function createClient(onUnauthenticated: () => void): Client {
  return new Client({
    url: '/query',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: { credentials: 'same-origin', headers: { accept: 'application/json' } },
    exchanges: [
      mapExchange({
        onError(error, operation) {
          const name = operationName(operation);
          if (hasCode(error, 'UNAUTHENTICATED') && !expectedUnauthenticated.has(name ?? '')) {
            onUnauthenticated();
          }
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
