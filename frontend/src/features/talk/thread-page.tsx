import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { onReconnected } from '../../lib/client';
import { formatDate } from '../../lib/format';
import { talkPaths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetThread } from './api/get-thread';
import { PostAdded } from './api/post-added';
import { ReplyToThread } from './api/reply-to-thread';
import { PostBodyForm } from './post-body-form';
import { LaterPosts, MoreButton } from './later-posts';
import { PostItem } from './post-item';
import styles from './talk.module.css';

/**
 * One thread: its posts, oldest first, a reply form for active members, and new posts as
 * they are written (the subscription starts after the newest post read; each new one
 * reads the thread again). `:number` is the thread's number.
 */
export function ThreadPage({ slug }: { slug: string }) {
  const { t } = useTranslation('talk');
  const { number = '' } = useParams();
  const n = Number.parseInt(number, 10);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetThread,
    variables: { slug, number: n },
    pause: !Number.isSafeInteger(n),
  });
  const [{ fetching: replying }, reply] = useMutation(ReplyToThread);
  const th = data?.collaboration?.thread;
  // Cursors of the later pages asked for, in order; the first page is the query's.
  const [later, setLater] = useState<string[]>([]);
  const more = (after: string) => setLater((l) => (l.includes(after) ? l : [...l, after]));
  useDocumentTitle(th ? th.title : data ? t('notFound') : undefined);
  // With every post read, the subscription starts after the newest; with later pages
  // unread, it starts now (the server's newest), rather than replaying them.
  const newest = th && !th.posts.pageInfo.hasNextPage ? th.posts.edges.at(-1)?.node.id : undefined;
  const [{ data: live }] = useSubscription({
    query: PostAdded,
    variables: { threadId: th?.id ?? '', after: newest ?? null },
    pause: !th,
  });
  const arrived = live?.postAdded.id;
  useEffect(() => {
    if (arrived) refetch({ requestPolicy: 'network-only' });
  }, [arrived, refetch]);
  useEffect(() => (th ? onReconnected(() => refetch({ requestPolicy: 'network-only' })) : undefined), [th, refetch]);

  if (!data && fetching) return <Loading label={t('thread.loading')} />;
  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title={t('thread.loadFailed')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!th) {
    return (
      <EmptyState
        title={t('thread.none')}
        action={<LinkButton to={talkPaths.talk(slug)}>{t('thread.seeAll')}</LinkButton>}
      >
        {t('thread.noneHint')}
      </EmptyState>
    );
  }
  return (
    <article className={styles.thread} aria-labelledby="thread-heading">
      <p className={styles.back}>
        <Link to={talkPaths.talk(slug)}>{t('thread.all')}</Link>
      </p>
      <header className={styles.threadHeader}>
        <h2 id="thread-heading">{th.title}</h2>
        <p className={styles.threadMeta}>
          <span>
            <Trans
              t={t}
              i18nKey="thread.startedByOn"
              values={{ name: th.author?.displayName ?? t('formerMemberLower'), date: formatDate(th.createdAt) }}
              components={{ time: <time dateTime={th.createdAt} /> }}
            />
          </span>
          <span>{t('replies', { count: th.replyCount })}</span>
        </p>
      </header>
      <ol className={styles.posts} aria-label={t('thread.posts')}>
        {th.posts.edges.map((e, i) => (
          <PostItem key={e.node.id} post={e.node} opening={i === 0} />
        ))}
        {later.length === 0 && th.posts.pageInfo.hasNextPage && th.posts.pageInfo.endCursor && (
          <MoreButton onClick={() => more(th.posts.pageInfo.endCursor!)} />
        )}
        {later.map((after, i) => (
          <LaterPosts key={after} threadId={th.id} after={after} onMore={i === later.length - 1 ? more : undefined} />
        ))}
      </ol>
      {th.viewerCanReply ? (
        <PostBodyForm
          name={t('reply.name')}
          label={t('reply.label')}
          submitLabel={t('reply.submit')}
          busy={replying}
          failTitle={t('reply.failed')}
          done={t('reply.done')}
          send={async (body) => (await reply({ input: { threadId: th.id, body } })).error}
        />
      ) : (
        <p className="note">{t('reply.membersOnly')}</p>
      )}
    </article>
  );
}
