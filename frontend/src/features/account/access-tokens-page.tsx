import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('account');
  useDocumentTitle(t('tokens.title'));
  // An empty list names no AccessToken, so say which type a new token should refresh.
  const context = useMemo(() => ({ additionalTypenames: ['AccessToken'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetMyAccessTokens, context });
  const [created, setCreated] = useState<NewToken>();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const tokens = data?.viewer?.accessTokens;

  return (
    <div className={`narrow ${styles.accountSettings}`}>
      <h1>{t('tokens.title')}</h1>
      <SettingsNav />
      <p className={styles.settingsIntro}>
        <Trans t={t} i18nKey="tokens.intro" components={{ a: <Link to={paths.graphiql} /> }} />
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
          {t('tokens.yours')}
        </h2>
        {!data && fetching ? (
          <Loading label={t('tokens.loading')} />
        ) : error && !data ? (
          <ErrorState
            error={error}
            title={t('tokens.loadError')}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        ) : tokens && tokens.length > 0 ? (
          <ul className={styles.tokenList}>
            {tokens.map((token) => (
              <AccessTokenItem key={token.id} token={token} />
            ))}
          </ul>
        ) : tokens ? (
          <EmptyState title={t('tokens.noneTitle')}>{t('tokens.noneText')}</EmptyState>
        ) : (
          <Loading />
        )}
      </section>
    </div>
  );
}
