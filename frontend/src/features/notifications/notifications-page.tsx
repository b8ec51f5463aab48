import { useTranslation } from 'react-i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert, Button, EmptyState, ErrorState, Loading } from '../../components/ui';
import { problemsOf } from '../../lib/errors';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetNotifications, GetUnreadNotifications, MarkNotificationsRead } from './api/notifications';
import { NotificationItem } from './notification-item';
import styles from './notifications-page.module.css';

const perPage = 20;

/** My notifications, newest first: unread ones marked, each with where to act on it. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  useDocumentTitle(t('page.title'));
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [shown, setShown] = useState(perPage);
  const context = useMemo(() => ({ additionalTypenames: ['Notification'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetNotifications,
    variables: { first: shown, unreadOnly },
    context,
  });
  const [marking, mark] = useMutation(MarkNotificationsRead);
  const [markingId, setMarkingId] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const page = data?.notifications;
  // The navigation's link listens for new notifications; when the newest it knows of
  // changes, this list is read again.
  const [{ data: unread }] = useQuery({ query: GetUnreadNotifications });
  const newest = unread?.notifications.edges[0]?.node.id;
  const seen = useRef(newest);
  useEffect(() => {
    if (newest && seen.current && newest !== seen.current) refetch({ requestPolicy: 'network-only' });
    seen.current = newest;
  }, [newest, refetch]);
  const now = new Date();

  const markRead = async (input: { ids?: string[]; all?: boolean }) => {
    setProblem('');
    setMarkingId(input.ids?.[0] ?? 'all');
    const r = await mark({ input });
    setMarkingId(null);
    if (r.error)
      setProblem(
        problemsOf(r.error)
          .map((p) => p.message)
          .join(' '),
      );
  };

  return (
    <div className="narrow notices">
      <div className={styles.noticesHead}>
        <h1>{t('page.title')}</h1>
        {page && page.unreadCount > 0 && (
          <Button
            variant="secondary"
            size="sm"
            busy={marking.fetching && markingId === 'all'}
            onClick={() => void markRead({ all: true })}
          >
            {t('page.markAllRead')}
          </Button>
        )}
      </div>
      <p className="lede">{t('page.lede')}</p>
      <fieldset className={styles.noticesFilter}>
        <legend className="visually-hidden">{t('page.show')}</legend>
        <label>
          <input type="radio" name="notices-filter" checked={!unreadOnly} onChange={() => setUnreadOnly(false)} />{' '}
          {t('page.all')}
        </label>
        <label>
          <input type="radio" name="notices-filter" checked={unreadOnly} onChange={() => setUnreadOnly(true)} />{' '}
          {page ? t('page.unreadOnlyCount', { unread: page.unreadCount }) : t('page.unreadOnly')}
        </label>
      </fieldset>
      <div aria-live="polite">{problem && <Alert tone="error">{problem}</Alert>}</div>
      {!page ? (
        error && !fetching ? (
          <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : (
          <Loading label={t('page.loading')} />
        )
      ) : page.edges.length === 0 ? (
        <EmptyState title={unreadOnly ? t('page.nothingUnread') : t('page.noneYet')}>
          {unreadOnly ? t('page.nothingUnreadText') : t('page.noneYetText')}
        </EmptyState>
      ) : (
        <>
          <ol className={styles.noticesList}>
            {page.edges.map((e) => (
              <NotificationItem
                key={e.node.id}
                notification={e.node}
                now={now}
                busy={marking.fetching && markingId === e.node.id}
                onRead={(id) => void markRead({ ids: [id] })}
              />
            ))}
          </ol>
          {page.pageInfo.hasNextPage && (
            <Button variant="secondary" size="sm" busy={fetching} onClick={() => setShown((n) => n + perPage)}>
              {t('page.showOlder')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
