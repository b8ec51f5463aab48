// GraphiQL and its editor (Monaco) are large, so this module is only ever loaded with
// React.lazy from the router: it stays out of the main bundle. Everything comes from
// npm and is bundled by Vite, so it works offline; no CDN is involved.
import './setup-workers';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { Link, useSearchParams } from 'react-router';
import { loginPath, paths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import graphiqlPageStyles from './graphiql-page.module.css';

/** Sends queries with the page's session cookies, as the app does; never a token. */
const fetcher = createGraphiQLFetcher({
  url: '/query',
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
});

const defaultQuery = `# Welcome to Kindred's GraphQL API.
#
# Queries here run as you: this page
# uses the same session as the app.
# Press the run button (Ctrl-Enter) to
# see who you are; the documentation
# explorer on the left lists the rest.
{
  viewer {
    handle
    displayName
    values {
      strength
      value {
        name
      }
    }
  }
}
`;

/** GraphiQL at /graphiql; `?query=` opens a tab with that query. */
export default function GraphiQLPage() {
  useDocumentTitle('GraphiQL');
  const { viewer } = useSession();
  const [params] = useSearchParams();
  const query = params.get('query') ?? undefined;
  return (
    <div className={graphiqlPageStyles.graphiqlPage}>
      <header className={graphiqlPageStyles.graphiqlBar}>
        <Link to={paths.home} className="brand">
          <span className="brand__mark" aria-hidden="true" />
          Kindred
        </Link>
        <h1 className={graphiqlPageStyles.graphiqlBarTitle}>API explorer</h1>
        <p className={graphiqlPageStyles.graphiqlBarWho}>
          {viewer ? (
            <>
              Signed in as <Link to={paths.person(viewer.handle)}>@{viewer.handle}</Link>
            </>
          ) : viewer === null ? (
            <>
              Not signed in. <Link to={loginPath(paths.graphiql)}>Log in</Link> to query as
              yourself.
            </>
          ) : null}
        </p>
      </header>
      <main className={graphiqlPageStyles.graphiqlMain}>
        <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} initialQuery={query}>
          <GraphiQL.Logo>
            <span className="graphiql-kindred-logo">GraphiQL</span>
          </GraphiQL.Logo>
        </GraphiQL>
      </main>
    </div>
  );
}
