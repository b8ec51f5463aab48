import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Provider, type Client, type Operation, type OperationResult } from 'urql';
import { vi, type Mock } from 'vitest';
import { fromValue, never, type Source } from 'wonka';
import { TestSessionProvider, type SessionViewer } from '../lib/session';

/** An operation as the page sent it, for a test to read back. */
export type SentOperation = Operation<unknown, Record<string, unknown>>;

/** What a mock client does with an operation: it answers with a stream of results. */
type Execute = Mock<(operation: SentOperation) => Source<OperationResult>>;

/**
 * A urql client made of mocks, which a test can inspect and program. Its execute functions
 * are plain functions rather than the Client's methods, so tests can pass them to expect.
 */
export type MockClient = Omit<Client, 'executeQuery' | 'executeMutation' | 'executeSubscription'> & {
  executeQuery: Execute;
  executeMutation: Execute;
  executeSubscription: Execute;
};

/** A mock client where urql wants a Client: urql calls nothing of it but its execute functions. */
export function asClient(client: MockClient): Client {
  return client as unknown as Client;
}

type Answer = (operation: SentOperation) => Partial<OperationResult> | undefined;

/**
 * A urql client whose answers come from functions of the operation: return undefined to
 * leave a request pending forever (a loading state).
 */
export function mockClient({ query, mutation }: { query?: Answer; mutation?: Answer } = {}): MockClient {
  const answer = (fn?: Answer): Execute =>
    vi.fn((op: SentOperation) => {
      const result = fn?.(op);
      return result ? fromValue({ operation: op, stale: false, hasNext: false, ...result }) : never;
    });
  return {
    executeQuery: answer(query),
    executeMutation: answer(mutation),
    executeSubscription: answer(),
  } as unknown as MockClient;
}

/** Shows where the router is, so tests can assert redirects. */
function LocationProbe() {
  const l = useLocation();
  return (
    <div data-testid="location" hidden>
      {l.pathname + l.search}
    </div>
  );
}

export const amara: SessionViewer = {
  id: 'UGVyc29uOjE=',
  handle: 'amara',
  displayName: 'Amara Okafor',
  role: 'MEMBER',
  locale: null,
  values: [],
};

/** Renders a route of the app with a mock client, a fixed session and a memory router. */
export function renderRoute(
  element: ReactElement,
  {
    path = '/',
    at = path,
    client = mockClient(),
    viewer = null,
    reset = vi.fn(),
  }: {
    path?: string;
    at?: string;
    client?: MockClient;
    viewer?: SessionViewer | null;
    reset?: () => void;
  } = {},
): RenderResult & { reset: typeof reset; client: MockClient } {
  const result = render(
    <MemoryRouter initialEntries={[at]}>
      <Provider value={asClient(client)}>
        <TestSessionProvider viewer={viewer} reset={reset}>
          <Routes>
            <Route path={path} element={element} />
            <Route path="*" element={null} />
          </Routes>
          <LocationProbe />
        </TestSessionProvider>
      </Provider>
    </MemoryRouter>,
  );
  return Object.assign(result, { reset, client });
}

/** A GraphQL error as the server sends it. */
export function gqlError(message: string, code: string, field?: string) {
  return { message, extensions: field ? { code, field } : { code } };
}
