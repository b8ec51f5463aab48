import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from './session';

function Where() {
  const l = useLocation();
  return <p data-testid="where">{l.pathname + l.search}</p>;
}

/** The API answering every request as to a person whose session has ended. */
function sessionEnded() {
  const fetch = vi.fn(() =>
    Promise.resolve(
      new Response(
        JSON.stringify({
          data: null,
          errors: [{ message: 'log in first', extensions: { code: 'UNAUTHENTICATED' } }],
        }),
        { headers: { 'content-type': 'application/json' } },
      ),
    ),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('SessionProvider', () => {
  it('sends a person whose session ended to log in, and back afterwards', async () => {
    const fetch = sessionEnded();
    render(
      <MemoryRouter initialEntries={['/c/garden?tab=needs']}>
        <SessionProvider>
          <Where />
        </SessionProvider>
      </MemoryRouter>,
    );
    await waitFor(() =>
      expect(screen.getByTestId('where')).toHaveTextContent('/login?next=%2Fc%2Fgarden%3Ftab%3Dneeds&expired=1'),
    );
    // A new session asks who is signed in again.
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
  });

  it('leaves a person on the log-in page where they are', async () => {
    const fetch = sessionEnded();
    render(
      <MemoryRouter initialEntries={['/login']}>
        <SessionProvider>
          <Where />
        </SessionProvider>
      </MemoryRouter>,
    );
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByTestId('where')).toHaveTextContent(/^\/login$/);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
