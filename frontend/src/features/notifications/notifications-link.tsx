import { NavLink } from 'react-router';
import { useQuery } from 'urql';
import { GetUnreadNotifications } from './api/notifications';
import { useLiveNotifications } from './use-live-notifications';
import './notifications.css';

/** The navigation's way to my notifications, with how many are unread, kept live. */
export function NotificationsLink() {
  const [{ data }, refetch] = useQuery({ query: GetUnreadNotifications });
  const n = data?.notifications;
  useLiveNotifications(!!n, n?.edges[0]?.node.id, () => refetch({ requestPolicy: 'network-only' }));
  const unread = n?.unreadCount ?? 0;
  return (
    <NavLink to="/notifications">
      Notifications
      {unread > 0 && (
        <>
          <span className="notice-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
          <span className="visually-hidden">, {unread} unread</span>
        </>
      )}
    </NavLink>
  );
}
