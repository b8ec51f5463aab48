import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui';
import { SettingsNav } from '../../components/settings-nav';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AccessTokenItem } from './access-token-item';
import { GetMyAccessTokens } from './api/get-my-access-tokens';
import { CreateTokenForm, type NewToken } from './create-token-form';
import { NewTokenPanel } from './new-token-panel';
import styles from './account.module.css';

/**
 * Personal access tokens for third-party clients: make one (its secret shown once), see
 * when each was last used, revoke them.
 */
export function AccessTokensPage() {
  useDocumentTitle('Access tokens');
  // An empty list names no AccessToken, so say which type a new token should refresh.
  const context = useMemo(() => ({ additionalTypenames: ['AccessToken'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetMyAccessTokens, context });
  const [created, setCreated] = useState<NewToken>();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const tokens = data?.viewer?.accessTokens;

  return (
    <div className={`narrow ${styles.accountSettings}`}>
      <h1>Access tokens</h1>
      <SettingsNav />
      <p className={styles.settingsIntro}>
        A personal access token lets a script or another app use{' '}
        <Link to={paths.graphiql}>Kindred’s API</Link> as you, without your password. Give each
        client its own token, so you can revoke one without stopping the others.
      </p>
      {created && (
        <NewTokenPanel
          key={created.token}
          created={created}
          onDone={() => {
            setCreated(undefined);
            listHeading.current?.focus();
          }}
        />
      )}
      <CreateTokenForm onCreated={setCreated} />
      <section className={styles.tokens} aria-labelledby="tokens-heading">
        <h2 id="tokens-heading" ref={listHeading} tabIndex={-1}>
          Your tokens
        </h2>
        {!data && fetching ? (
          <Loading label="Loading your tokens…" />
        ) : error && !data ? (
          <ErrorState
            error={error}
            title="Your tokens could not be loaded"
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        ) : tokens && tokens.length > 0 ? (
          <ul className={styles.tokenList}>
            {tokens.map((t) => (
              <AccessTokenItem key={t.id} token={t} />
            ))}
          </ul>
        ) : tokens ? (
          <EmptyState title="You have no access tokens yet">
            To let a script or an app use Kindred as you, create a token with the form above.
            Until then, nothing but this website can act for you.
          </EmptyState>
        ) : (
          <Loading />
        )}
      </section>
    </div>
  );
}
