import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Provider, type Client, type OperationResult } from 'urql';
import { vi } from 'vitest';
import { fromValue, never } from 'wonka';
import { TestSessionProvider, type SessionViewer } from '../lib/session';

type Answer = (operation: { query: unknown; variables: unknown }) => Partial<OperationResult> | undefined;

/**
 * A urql client whose answers come from functions of the operation: return undefined to
 * leave a request pending forever (a loading state).
 */
export function mockClient({ query, mutation }: { query?: Answer; mutation?: Answer } = {}) {
  const answer = (fn?: Answer) =>
    vi.fn((op: { query: unknown; variables: unknown }) => {
      const result = fn?.(op);
      return result ? fromValue({ operation: op, stale: false, hasNext: false, ...result }) : never;
    });
  return {
    executeQuery: answer(query),
    executeMutation: answer(mutation),
    executeSubscription: vi.fn(() => never),
  } as unknown as Client & {
    executeQuery: ReturnType<typeof vi.fn>;
    executeMutation: ReturnType<typeof vi.fn>;
  };
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
    client?: Client;
    viewer?: SessionViewer | null;
    reset?: () => void;
  } = {},
): RenderResult & { reset: typeof reset; client: Client } {
  const result = render(
    <MemoryRouter initialEntries={[at]}>
      <Provider value={client}>
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
