import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useEffectEvent,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { Provider, useQuery, type CombinedError } from 'urql';
import { useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import type { GetViewerQuery } from '../gql/graphql';
import { createClient } from './client';
import { currentLocale, isLocale, setLocale } from './i18n';
import { loginPath } from './paths';

const GetViewer = graphql(`
  query GetViewer {
    viewer {
      id
      handle
      displayName
      role
      locale
      values {
        id
      }
    }
  }
`);

/** The signed-in person as the whole app needs them. */
export type SessionViewer = NonNullable<GetViewerQuery['viewer']>;

interface Session {
  /** The signed-in person; null when signed out, undefined while first loading. */
  viewer: SessionViewer | null | undefined;
  error?: CombinedError;
  /** Forgets every cached answer and asks who is signed in again; call after log in or out. */
  reset: () => void;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Provides the GraphQL client and the signed-in person. A new client is made whenever
 * the session changes, so nothing one person saw is shown to the next.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const location = useLocation();

  const [generation, setGeneration] = useState(0);
  const reset = useCallback(() => setGeneration((g) => g + 1), []);

  // Each generation of the session has a client of its own, which tells of a lost session
  // through `lost`; the effect below answers with the location of that moment.
  const session = useMemo(() => {
    const lost = new EventTarget();
    return { generation, lost, client: createClient(() => lost.dispatchEvent(new Event('lost'))) };
  }, [generation]);

  // The session ended while the person was here: log in and come back.
  const logInAgain = useEffectEvent(() => {
    const where = location.pathname + location.search;
    if (where.startsWith('/login')) return;
    reset();
    void navigate(loginPath(where, true), { replace: true });
  });
  useEffect(() => {
    const listener = () => {
      setTimeout(() => logInAgain());
    };
    session.lost.addEventListener('lost', listener);
    return () => session.lost.removeEventListener('lost', listener);
  }, [session]);

  return (
    <Provider value={session.client}>
      {/* Keyed by session: the app below starts afresh, with no state from before. */}
      <ViewerLoader key={session.generation} reset={reset}>
        {children}
      </ViewerLoader>
    </Provider>
  );
}

// Choosing the first value must refresh the viewer, whose list was empty (so held no type
// for the cache to match).
const viewerContext = { additionalTypenames: ['PersonValue'] };

function ViewerLoader({ reset, children }: { reset: () => void; children: ReactNode }) {
  const [{ data, error }] = useQuery({ query: GetViewer, context: viewerContext });
  // Null only once the server has said "signed out"; until then (a request in flight,
  // an error) the session is unknown, so nothing redirects early.
  const viewer = data ? (data.viewer ?? null) : undefined;
  // A person's own language wins over the device's and the browser's: it follows them to
  // every device they sign in on.
  const locale = viewer?.locale;
  useEffect(() => {
    if (isLocale(locale) && locale !== currentLocale()) void setLocale(locale);
  }, [locale]);
  const value = useMemo<Session>(() => ({ viewer, error, reset }), [viewer, error, reset]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session; only inside SessionProvider. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** A provider for tests: a fixed viewer and a reset that records its calls. */
export function TestSessionProvider({
  viewer,
  reset = () => {},
  children,
}: {
  viewer: SessionViewer | null;
  reset?: () => void;
  children: ReactNode;
}) {
  const value = useMemo<Session>(() => ({ viewer, reset }), [viewer, reset]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
