import { Link } from 'react-router';
import { Button } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { decisionPaths } from '../decisions/paths';
import { formatDateTime, timeAgo } from '../decisions/time';
import { actionLabel, sentence } from './words';

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
      }
    }
  }
`);

/** Where a notification's person acts on it. */
function target(n: { kind: string; collaboration?: { slug: string } | null; subject?: { __typename?: string; id: string } | null }) {
  if (n.kind === 'CONTRIBUTION_TO_CONFIRM') return paths.dashboard;
  if (!n.collaboration) return null;
  if (n.kind === 'PROPOSAL_CLOSING' && n.subject?.__typename === 'Proposal') {
    return decisionPaths.proposal(n.collaboration.slug, n.subject.id);
  }
  return paths.collaboration(n.collaboration.slug);
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
  const n = getFragmentData(NotificationItem_notification, notification);
  const unread = !n.readAt;
  const to = target(n);
  const proposal = n.subject?.__typename === 'Proposal' ? n.subject.title : undefined;
  return (
    <li className={`notice-item${unread ? ' notice-item--unread' : ''}`}>
      <p className="notice-item__text">
        {unread && <span className="visually-hidden">Unread: </span>}
        {sentence(n.kind, { actor: n.actor?.displayName ?? '', collaboration: n.collaboration?.title ?? '', proposal })}
      </p>
      <p className="notice-item__meta">
        <time dateTime={n.createdAt} title={formatDateTime(n.createdAt)}>
          {timeAgo(n.createdAt, now)}
        </time>
        {to && (
          <Link to={to} onClick={() => unread && onRead(n.id)}>
            {actionLabel(n.kind)}
          </Link>
        )}
        {unread && (
          <Button variant="quiet" size="sm" busy={busy} onClick={() => onRead(n.id)}>
            Mark read
          </Button>
        )}
      </p>
    </li>
  );
}
