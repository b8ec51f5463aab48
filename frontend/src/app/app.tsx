import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../lib/session';
import { AppRoutes } from './routes';

/** The whole app: the router, the GraphQL client with the session, and the routes. */
export function App() {
  // A change of language renders every page afresh, so that dates and numbers formatted
  // outside the catalogs follow it too.
  const { i18n } = useTranslation();
  return (
    <BrowserRouter>
      <SessionProvider>
        <Fragment key={i18n.language}>
          <AppRoutes />
        </Fragment>
      </SessionProvider>
    </BrowserRouter>
  );
}
