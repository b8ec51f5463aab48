import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('talk');
  const th = getFragmentData(ThreadSummary_thread, thread);
  const formerMember = t('formerMemberLower');
  return (
    <li className={styles.threadSummary}>
      <Link className={styles.threadTitle} to={talkPaths.thread(slug, th.number)}>
        {th.title}
      </Link>
      <p className={styles.threadMeta}>
        <span>{t('summary.startedBy', { name: th.author?.displayName ?? formerMember })}</span>
        <span>{t('replies', { count: th.replyCount })}</span>
        <span>
          <Trans
            t={t}
            i18nKey="summary.lastPost"
            values={{ when: timeAgo(th.lastActivityAt, now) }}
            components={{
              time: <time dateTime={th.lastActivityAt} title={formatDateTimeLong(th.lastActivityAt)} />,
            }}
          />
        </span>
      </p>
    </li>
  );
}
