import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTimeLong } from '../../lib/format';
import { talkPaths } from '../../lib/paths';
import { timeAgo } from '../../lib/time';
import styles from './talk.module.css';

export const ThreadSummary_thread = graphql(`
  fragment ThreadSummary_thread on Thread {
    id
    number
    title
    replyCount
    lastActivityAt
    author {
      displayName
    }
  }
`);

/** One thread in a collaboration's list: its title, who started it, replies and when last active. */
export function ThreadSummary({
  slug,
  thread,
  now,
}: {
  slug: string;
  thread: FragmentType<typeof ThreadSummary_thread>;
  now: Date;
}) {
  const t = getFragmentData(ThreadSummary_thread, thread);
  const replies = t.replyCount === 1 ? '1 reply' : `${t.replyCount} replies`;
  return (
    <li className={styles.threadSummary}>
      <Link className={styles.threadTitle} to={talkPaths.thread(slug, t.number)}>
        {t.title}
      </Link>
      <p className={styles.threadMeta}>
        <span>Started by {t.author?.displayName ?? 'a former member'}</span>
        <span>{replies}</span>
        <span>
          Last post{' '}
          <time dateTime={t.lastActivityAt} title={formatDateTimeLong(t.lastActivityAt)}>
            {timeAgo(t.lastActivityAt, now)}
          </time>
        </span>
      </p>
    </li>
  );
}
