import { useEffect, useState } from 'react';
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
  useDocumentTitle(th ? th.title : data ? 'Not found' : undefined);
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

  if (!data && fetching) return <Loading label="Loading the thread…" />;
  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title="This thread could not be loaded"
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!th) {
    return (
      <EmptyState title="No thread here" action={<LinkButton to={talkPaths.talk(slug)}>See the threads</LinkButton>}>
        The link may be wrong, or the thread belongs to a collaboration you may not see.
      </EmptyState>
    );
  }
  const replies = th.replyCount === 1 ? '1 reply' : `${th.replyCount} replies`;
  return (
    <article className={styles.thread} aria-labelledby="thread-heading">
      <p className={styles.back}>
        <Link to={talkPaths.talk(slug)}>All threads</Link>
      </p>
      <header className={styles.threadHeader}>
        <h2 id="thread-heading">{th.title}</h2>
        <p className={styles.threadMeta}>
          <span>
            Started by {th.author?.displayName ?? 'a former member'} on{' '}
            <time dateTime={th.createdAt}>{formatDate(th.createdAt)}</time>
          </span>
          <span>{replies}</span>
        </p>
      </header>
      <ol className={styles.posts} aria-label="Posts">
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
          name="Reply to this thread"
          label="Your reply"
          submitLabel="Reply"
          busy={replying}
          failTitle="Your reply could not be posted"
          done="Your reply is posted."
          send={async (body) => (await reply({ input: { threadId: th.id, body } })).error}
        />
      ) : (
        <p className="note">Only active members of the collaboration reply.</p>
      )}
    </article>
  );
}
