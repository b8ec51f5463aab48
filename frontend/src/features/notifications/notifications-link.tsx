import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useQuery } from 'urql';
import { GetUnreadNotifications } from './api/notifications';
import { UnreadBadge } from './unread-badge';
import { useLiveNotifications } from './use-live-notifications';

/**
 * The navigation's way to my notifications, with how many are unread. It holds the one
 * live subscription to new notifications and reads the count again when one arrives;
 * everything that shows the count or the list follows that answer.
 */
export function NotificationsLink() {
  const { t } = useTranslation('notifications');
  const [{ data }, refetch] = useQuery({ query: GetUnreadNotifications });
  const n = data?.notifications;
  useLiveNotifications(!!n, n?.edges[0]?.node.id, () => refetch({ requestPolicy: 'network-only' }));
  return (
    <NavLink to="/notifications">
      {t('link.label')}
      <UnreadBadge label={t('link.unread')} />
    </NavLink>
  );
}
