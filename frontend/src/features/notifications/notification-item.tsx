import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { NotificationItem_NotificationFragment } from '../../gql/graphql';
import { decisionPaths, gatheringPaths, paths, talkPaths } from '../../lib/paths';
import { timeAgo } from '../../lib/time';
import { actionLabel, sentence } from './words';
import { formatDateTimeLong } from '../../lib/format';
import styles from './notification-item.module.css';

export const NotificationItem_notification = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    createdAt
    readAt
    actor {
      displayName
    }
    collaboration {
      slug
      title
    }
    subject {
      __typename
      id
      ... on Proposal {
        title
        proposalStatus: status
      }
      ... on Contribution {
        confirmedAt
        confirmedBy {
          displayName
        }
        reversedBy {
          id
        }
      }
      ... on Membership {
        membershipStatus: status
      }
      ... on Post {
        thread {
          number
          title
        }
      }
      ... on Gathering {
        number
        gatheringTitle: title
      }
    }
  }
`);

/** Where a notification's person acts on it. */
function target(n: Item) {
  if (n.kind === 'CONTRIBUTION_TO_CONFIRM') return paths.dashboard;
  if (!n.collaboration) return null;
  if (n.subject?.__typename === 'Post') {
    return `${talkPaths.thread(n.collaboration.slug, n.subject.thread.number)}#post-${n.subject.id}`;
  }
  if (n.subject?.__typename === 'Gathering') {
    return gatheringPaths.gathering(n.collaboration.slug, n.subject.number);
  }
  if (n.subject?.__typename === 'Proposal') {
    return decisionPaths.proposal(n.collaboration.slug, n.subject.id);
  }
  // Each lands on the section where it is answered.
  if (n.kind === 'JOIN_REQUEST') return paths.collaborationPeople(n.collaboration.slug);
  if (n.kind === 'COMMITMENT_DUE' || n.kind === 'COMMITMENT_OVERDUE' || n.kind === 'COMMITMENT_LAPSED')
    return paths.collaborationLedger(n.collaboration.slug);
  return paths.collaboration(n.collaboration.slug);
}

type Item = NotificationItem_NotificationFragment;

/** What has become of what a notification asked for, when it is no longer waiting. */
function settledSince(n: Item, t: TFunction<'notifications'>): string | null {
  const s = n.subject;
  if (!s) return null;
  if (s.__typename === 'Contribution') {
    if (s.reversedBy) return t('settled.reversed');
    if (s.confirmedAt)
      return s.confirmedBy ? t('settled.confirmedBy', { name: s.confirmedBy.displayName }) : t('settled.confirmed');
  }
  if (s.__typename === 'Membership' && n.kind === 'JOIN_REQUEST' && s.membershipStatus !== 'REQUESTED') {
    if (s.membershipStatus === 'ACTIVE') return t('settled.member');
    return s.membershipStatus === 'DECLINED' ? t('settled.declined') : t('settled.answered');
  }
  if (s.__typename === 'Membership' && n.kind === 'INVITATION' && s.membershipStatus !== 'INVITED') {
    if (s.membershipStatus === 'ACTIVE') return t('settled.joined');
    if (s.membershipStatus === 'DECLINED') return t('settled.youDeclined');
    return s.membershipStatus === 'REMOVED' ? t('settled.withdrawn') : t('settled.answered');
  }
  if (s.__typename === 'Proposal' && n.kind === 'PROPOSAL_CLOSING' && s.proposalStatus !== 'OPEN')
    return t('settled.closed');
  return null;
}

/** One notification: what it says, when, a link to act, and marking it read. */
export function NotificationItem({
  notification,
  now,
  onRead,
  busy,
}: {
  notification: FragmentType<typeof NotificationItem_notification>;
  now: Date;
  onRead: (id: string) => void;
  busy?: boolean;
}) {
  const { t } = useTranslation('notifications');
  const n = getFragmentData(NotificationItem_notification, notification);
  const unread = !n.readAt;
  const to = target(n);
  const proposal = n.subject?.__typename === 'Proposal' ? n.subject.title : undefined;
  const thread = n.subject?.__typename === 'Post' ? n.subject.thread.title : undefined;
  const gathering = n.subject?.__typename === 'Gathering' ? n.subject.gatheringTitle : undefined;
  const settled = settledSince(n, t);
  return (
    <li className={`${styles.noticeItem}${unread ? ` ${styles.noticeItemUnread}` : ''}`}>
      <p className={styles.noticeItemText}>
        {unread && <span className="visually-hidden">{t('item.unread')} </span>}
        {sentence(
          n.kind,
          {
            actor: n.actor?.displayName ?? '',
            collaboration: n.collaboration?.title ?? '',
            proposal,
            thread,
            gathering,
          },
          !settled,
        )}
        {settled && <span className={styles.noticeItemSettled}> {settled}</span>}
      </p>
      <p className={styles.noticeItemMeta}>
        <time dateTime={n.createdAt} title={formatDateTimeLong(n.createdAt)}>
          {timeAgo(n.createdAt, now)}
        </time>
        {to && !settled && (
          <Link to={to} onClick={() => unread && onRead(n.id)}>
            {actionLabel(n.kind)}
          </Link>
        )}
        {unread && (
          <Button variant="quiet" size="sm" busy={busy} onClick={() => onRead(n.id)}>
            {t('item.markRead')}
          </Button>
        )}
      </p>
    </li>
  );
}
