import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Button, EmptyState, ErrorState, Loading } from '../../components/ui';
import { useLiveActivity } from '../../lib/use-live-activity';
import { GetActivity } from './api/get-activity';
import { ActivityItem } from './activity-item';
import styles from './activity-list.module.css';
import shared from './decisions.module.css';

export const activityPerPage = 15;

/** One page of activity; the last page shown offers the next. */
export function ActivityPage({
  slug,
  after,
  now,
  onMore,
  fresh,
  moreClassName = shared.listMore,
}: {
  slug: string;
  after: string | null;
  now: Date;
  onMore?: (after: string) => void;
  /** Read from the server, not the cache: something happened since. */
  fresh?: boolean;
  /** The class of the list item that holds the button, loading or error, not an entry. */
  moreClassName?: string;
}) {
  const { t } = useTranslation('decisions');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetActivity,
    variables: { slug, first: activityPerPage, after },
    requestPolicy: fresh ? 'network-only' : undefined,
  });
  const page = data?.collaboration?.activity;
  if (!page) {
    if (error && !fetching) {
      return (
        <li className={moreClassName}>
          <ErrorState
            error={error}
            title={t('activityList.failed')}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        </li>
      );
    }
    return (
      <li className={moreClassName}>
        <Loading label={t('activityList.loading')} />
      </li>
    );
  }
  if (after === null && page.edges.length === 0) {
    return (
      <li>
        <EmptyState title={t('activityList.empty.title')}>{t('activityList.empty.body')}</EmptyState>
      </li>
    );
  }
  return (
    <>
      {page.edges.map((e) => (
        <ActivityItem key={e.cursor} slug={slug} activity={e.node} now={now} />
      ))}
      {onMore && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <li className={moreClassName}>
          <Button variant="secondary" size="sm" onClick={() => onMore(page.pageInfo.endCursor!)}>
            {t('activityList.more')}
          </Button>
        </li>
      )}
    </>
  );
}

/** Everything that happened in the collaboration, newest first, a page at a time. */
export function ActivityList({ slug, collaborationId, now }: { slug: string; collaborationId?: string; now: Date }) {
  const { t } = useTranslation('decisions');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [generation, setGeneration] = useState(0);
  // Something new: show the newest page again, read afresh (older pages would overlap it).
  useLiveActivity(collaborationId, () => {
    setCursors([null]);
    setGeneration((g) => g + 1);
  });
  const more = (after: string) => setCursors((c) => (c.includes(after) ? c : [...c, after]));
  return (
    <section className={styles.activity} aria-labelledby="activity-heading">
      <h2 id="activity-heading">{t('activityList.heading')}</h2>
      <ol className={shared.activityList}>
        {cursors.map((after, i) => (
          <ActivityPage
            key={after ?? `first-${generation}`}
            fresh={after === null && generation > 0}
            slug={slug}
            after={after}
            now={now}
            onMore={i === cursors.length - 1 ? more : undefined}
          />
        ))}
      </ol>
    </section>
  );
}
