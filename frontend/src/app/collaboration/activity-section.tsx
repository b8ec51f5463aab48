import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Button, EmptyState, ErrorState, Loading } from '../../components/ui';
import { ActivityItem } from '../../features/decisions/activity-item';
import { ActivityPage } from '../../features/decisions/activity-list';
import { useNow } from '../../features/decisions/use-now';
import { useCollaboration } from '../../features/collaborations/collaboration-layout';
import { getFragmentData, graphql } from '../../gql';
import { useLiveActivity } from '../../lib/use-live-activity';
import { GetActivitySection } from './api/get-activity-section';
import styles from './activity-section.module.css';
import sectionStyles from '../../components/section.module.css';

export const ActivitySection_collaboration = graphql(`
  fragment ActivitySection_collaboration on Collaboration {
    id
    activity(first: 15) {
      edges {
        cursor
        node {
          id
          ...ActivityItem_activity
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * Everything that happened in the collaboration, newest first, a page at a time. The live
 * subscription starts after the newest entry read, so the server sends only what is new;
 * each event reads the newest page again.
 */
export function ActivitySection() {
  const { t } = useTranslation();
  const ctx = useCollaboration();
  const now = useNow();
  const [{ data, error }, refetch] = useQuery({ query: GetActivitySection, variables: { slug: ctx.slug } });
  const [older, setOlder] = useState<string[]>([]);
  const c = getFragmentData(ActivitySection_collaboration, data?.collaboration);
  const page = c?.activity;
  const newest = page?.edges[0]?.node.id;
  useLiveActivity(
    page ? ctx.collaborationId : undefined,
    () => {
      setOlder([]);
      refetch({ requestPolicy: 'network-only' });
    },
    newest,
  );
  const more = (after: string) => setOlder((o) => (o.includes(after) ? o : [...o, after]));

  let body;
  if (!page) {
    body = error ? (
      <ErrorState
        error={error}
        title={t('activity.failed')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    ) : (
      <Loading label={t('loading.activity')} />
    );
  } else if (page.edges.length === 0) {
    body = <EmptyState title={t('activity.emptyTitle')}>{t('activity.emptyBody')}</EmptyState>;
  } else {
    body = (
      <ol className={styles.list}>
        {page.edges.map((e) => (
          <ActivityItem key={e.cursor} slug={ctx.slug} activity={e.node} now={now} />
        ))}
        {older.length === 0 && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
          <li className={styles.more}>
            <Button variant="secondary" size="sm" onClick={() => more(page.pageInfo.endCursor!)}>
              {t('activity.older')}
            </Button>
          </li>
        )}
        {older.map((after, i) => (
          <ActivityPage
            key={after}
            slug={ctx.slug}
            after={after}
            now={now}
            moreClassName={styles.more}
            onMore={i === older.length - 1 ? more : undefined}
          />
        ))}
      </ol>
    );
  }
  return (
    <section className={sectionStyles.collabSection} aria-labelledby="activity-heading">
      <h2 id="activity-heading">{t('activity.heading')}</h2>
      <p className="section-intro">{t('activity.intro')}</p>
      {body}
    </section>
  );
}
