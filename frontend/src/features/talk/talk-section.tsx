import { useState } from 'react';
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
        title="The threads could not be loaded"
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    ) : (
      <Loading label="Loading threads…" />
    );
  } else if (page.edges.length === 0) {
    list = (
      <EmptyState title="No threads yet">
        {isMember
          ? 'Start the first conversation: a question, a plan, a thank-you.'
          : 'Members have not started a conversation here yet.'}
      </EmptyState>
    );
  } else {
    list = (
      <ol className={styles.threadList} aria-label="Threads">
        {page.edges.map((e) => (
          <ThreadSummary key={e.cursor} slug={slug} thread={e.node} now={now} />
        ))}
      </ol>
    );
  }

  return (
    <section className={styles.talk} aria-labelledby="talk-heading">
      <div className={styles.talkHead}>
        <h2 id="talk-heading">Talk {page && <span className="count">{page.totalCount}</span>}</h2>
        {isMember && !starting && <Button onClick={() => setStarting(true)}>Start a thread</Button>}
      </div>
      {!isMember && (
        <p className="note">
          {signedIn ? (
            'Only active members start threads and reply; everyone who can see this collaboration can read along.'
          ) : (
            <>
              <Link to={loginPath(location.pathname)}>Log in</Link> to take part, if you are a member.
            </>
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
