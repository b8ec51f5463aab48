// GraphiQL and its editor (Monaco) are large, so this module is only ever loaded with
// React.lazy from the router: it stays out of the main bundle. Everything comes from
// npm and is bundled by Vite, so it works offline; no CDN is involved.
import './setup-workers';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { Trans, useTranslation } from 'react-i18next';
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

/** The first tab's query, after its comment (lib/i18n: graphiql.defaultQuery). */
const viewerQuery = `{
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

/** A comment of a GraphQL document: every line of words behind a "#". */
function comment(words: string): string {
  return words
    .split('\n')
    .map((line) => (line ? `# ${line}` : '#'))
    .join('\n');
}

/** GraphiQL at /graphiql; `?query=` opens a tab with that query. */
export default function GraphiQLPage() {
  const { t } = useTranslation('graphiql');
  useDocumentTitle(t('title'));
  const defaultQuery = `${comment(t('defaultQuery'))}\n${viewerQuery}`;
  const { viewer } = useSession();
  const [params] = useSearchParams();
  const query = params.get('query') ?? undefined;
  return (
    <div className={graphiqlPageStyles.graphiqlPage}>
      <header className={graphiqlPageStyles.graphiqlBar}>
        <Link to={paths.home} className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t('brand')}
        </Link>
        <h1 className={graphiqlPageStyles.graphiqlBarTitle}>{t('heading')}</h1>
        <p className={graphiqlPageStyles.graphiqlBarWho}>
          {viewer ? (
            <Trans
              t={t}
              i18nKey="signedIn"
              values={{ handle: viewer.handle }}
              components={{ a: <Link to={paths.person(viewer.handle)} /> }}
            />
          ) : viewer === null ? (
            <Trans t={t} i18nKey="signedOut" components={{ a: <Link to={loginPath(paths.graphiql)} /> }} />
          ) : null}
        </p>
      </header>
      <main className={graphiqlPageStyles.graphiqlMain}>
        <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} initialQuery={query}>
          <GraphiQL.Logo>
            <span className="graphiql-kindred-logo">{t('title')}</span>
          </GraphiQL.Logo>
        </GraphiQL>
      </main>
    </div>
  );
}
