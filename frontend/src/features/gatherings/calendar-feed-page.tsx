import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Button, ErrorState, FormAlert, Loading } from '../../components/ui';
import { SettingsNav } from '../../components/settings-nav';
import { formProblems } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetCalendarFeed, RegenerateCalendarFeed, RevokeCalendarFeed } from './api/calendar-feed';
import styles from './gatherings.module.css';

/** The person's private calendar feed of their gatherings: make, replace or end it. */
export function CalendarFeedPage() {
  const { t } = useTranslation('gatherings');
  useDocumentTitle(t('feed.title'));
  const [{ data, error }, refetch] = useQuery({ query: GetCalendarFeed });
  const [{ fetching: making, error: makeError }, regenerate] = useMutation(RegenerateCalendarFeed);
  const [{ fetching: revoking, error: revokeError }, revoke] = useMutation(RevokeCalendarFeed);
  const [url, setUrl] = useState<string>();
  const feed = data?.viewer?.calendarFeed;
  const server = formProblems(makeError ?? revokeError, []);

  let body;
  if (!data) {
    body = error ? (
      <ErrorState
        error={error}
        title={t('feed.loadFailed')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    ) : (
      <Loading label={t('feed.loading')} />
    );
  } else {
    body = (
      <>
        {feed ? (
          <p>
            {feed.lastUsedAt
              ? t('feed.madeAndRead', { made: formatDateTime(feed.createdAt), read: formatDateTime(feed.lastUsedAt) })
              : t('feed.madeNotRead', { made: formatDateTime(feed.createdAt) })}
          </p>
        ) : (
          <p>{t('feed.none')}</p>
        )}
        {url && (
          <div className={styles.feedUrl} role="status">
            <p>{t('feed.paste')}</p>
            <input readOnly value={url} aria-label={t('feed.url')} onFocus={(e) => e.target.select()} />
          </div>
        )}
        <FormAlert problems={server.general} title={t('feed.failed')} />
        <div className="form__actions">
          <Button
            busy={making}
            onClick={() => void regenerate({}).then((r) => r.data && setUrl(r.data.regenerateCalendarFeed.url))}
          >
            {feed ? t('feed.makeNew') : t('feed.make')}
          </Button>
          {feed && (
            <Button
              variant="danger"
              busy={revoking}
              onClick={() =>
                void revoke({}).then(() => {
                  setUrl(undefined);
                  refetch({ requestPolicy: 'network-only' });
                })
              }
            >
              {t('feed.turnOff')}
            </Button>
          )}
        </div>
      </>
    );
  }
  return (
    <div className="narrow">
      <h1>{t('feed.title')}</h1>
      <SettingsNav />
      <section className={`card ${styles.feed}`} aria-labelledby="feed-heading">
        <h2 id="feed-heading">{t('feed.heading')}</h2>
        <p>{t('feed.explain')}</p>
        {body}
      </section>
    </div>
  );
}
