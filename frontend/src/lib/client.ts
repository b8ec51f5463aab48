import { currentLocale } from './i18n';
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange, type Operation } from '@urql/core';
import { Kind } from 'graphql';
import { createClient as createWSClient, type Client as WSClient } from 'graphql-ws';
import { hasCode } from './errors';

/** The name of an operation's first definition, for logging and decisions. */
export function operationName(operation: Operation): string | undefined {
  for (const d of operation.query.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION) return d.name?.value;
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
  const ws = liveConnection();
  return new Client({
    url: '/query',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    // The API words its messages in the language asked for, where it has them.
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'accept-language': currentLocale() },
    }),
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
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}

type Listener = () => void;
const reconnectListeners = new Set<Listener>();

/**
 * Calls `f` each time the live connection comes back after it was lost, so a page can
 * read again what it may have missed; returns a function that stops.
 */
export function onReconnected(f: Listener): () => void {
  reconnectListeners.add(f);
  return () => reconnectListeners.delete(f);
}

/**
 * The websocket for subscriptions (graphql-transport-ws) on this origin. The browser
 * sends the session cookie with the upgrade, and the server checks the Origin, so the
 * connection needs no token. It opens only while a subscription runs and retries for as
 * long as the page lives.
 */
function liveConnection(): WSClient {
  let connectedBefore = false;
  const url = `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/query`;
  return createWSClient({
    url,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    on: {
      connected: () => {
        if (connectedBefore) reconnectListeners.forEach((f) => f());
        connectedBefore = true;
      },
    },
  });
}
