import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Button, ErrorState, Loading } from '../../components/ui';
import { GetPostsPage } from './api/get-posts-page';
import { PostItem } from './post-item';
import styles from './talk.module.css';

/**
 * One later page of a thread's posts, after `after`; the last page offers the next with
 * `onMore`.
 */
export function LaterPosts({
  threadId,
  after,
  onMore,
}: {
  threadId: string;
  after: string;
  onMore?: (after: string) => void;
}) {
  const { t } = useTranslation('talk');
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetPostsPage, variables: { id: threadId, after } });
  const page = data?.node?.__typename === 'Thread' ? data.node.posts : undefined;
  if (!page) {
    return (
      <li className={styles.more}>
        {error && !fetching ? (
          <ErrorState
            error={error}
            title={t('thread.moreFailed')}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        ) : (
          <Loading label={t('thread.loadingPosts')} />
        )}
      </li>
    );
  }
  return (
    <>
      {page.edges.map((e) => (
        <PostItem key={e.node.id} post={e.node} />
      ))}
      {onMore && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <MoreButton onClick={() => onMore(page.pageInfo.endCursor!)} />
      )}
    </>
  );
}

export function MoreButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation('talk');
  return (
    <li className={styles.more}>
      <Button variant="secondary" size="sm" onClick={onClick}>
        {t('thread.showLater')}
      </Button>
    </li>
  );
}
