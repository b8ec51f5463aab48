import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { Button, EmptyState, ErrorState, Loading } from '../../components/ui';
import { loginPath } from '../../lib/paths';
import { GetThreads } from './api/get-threads';
import { StartThreadForm } from './start-thread-form';
import { ThreadSummary } from './thread-summary';
import styles from './talk.module.css';

/**
 * A collaboration's conversations: its threads, newest first, and for active members a
 * form to start one. Whoever may read the collaboration reads its threads.
 */
export function TalkSection({
  collaborationId,
  slug,
  isMember,
  signedIn,
}: {
  collaborationId: string;
  slug: string;
  isMember: boolean;
  signedIn: boolean;
}) {
  const { t } = useTranslation('talk');
  // Times are told as of opening the page; reading the list again does not move them.
  const [now] = useState(() => new Date());
  const location = useLocation();
  const [starting, setStarting] = useState(false);
  const [{ data, error }, refetch] = useQuery({ query: GetThreads, variables: { slug } });
  const page = data?.collaboration?.threads;

  let list;
  if (!page) {
    list = error ? (
      <ErrorState
        error={error}
        title={t('section.loadFailed')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    ) : (
      <Loading label={t('section.loading')} />
    );
  } else if (page.edges.length === 0) {
    list = (
      <EmptyState title={t('section.none')}>{isMember ? t('section.noneMember') : t('section.noneOther')}</EmptyState>
    );
  } else {
    list = (
      <ol className={styles.threadList} aria-label={t('section.threads')}>
        {page.edges.map((e) => (
          <ThreadSummary key={e.cursor} slug={slug} thread={e.node} now={now} />
        ))}
      </ol>
    );
  }

  return (
    <section className={styles.talk} aria-labelledby="talk-heading">
      <div className={styles.talkHead}>
        <h2 id="talk-heading">
          {t('section.heading')} {page && <span className="count">{page.totalCount}</span>}
        </h2>
        {isMember && !starting && <Button onClick={() => setStarting(true)}>{t('start.heading')}</Button>}
      </div>
      {!isMember && (
        <p className="note">
          {signedIn ? (
            t('section.membersOnly')
          ) : (
            <Trans t={t} i18nKey="section.logIn" components={{ a: <Link to={loginPath(location.pathname)} /> }} />
          )}
        </p>
      )}
      {starting && (
        <StartThreadForm collaborationId={collaborationId} slug={slug} onCancel={() => setStarting(false)} />
      )}
      {list}
    </section>
  );
}
