import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { GetUnreadNotifications } from './api/notifications';
import styles from './unread-badge.module.css';

/**
 * How many notifications are unread, as a small count, or nothing; `label` ends what a
 * screen reader hears ("…, 3 unread"). It reads the answer the navigation's notifications
 * link keeps live, so a phone's closed menu shows it too.
 */
export function UnreadBadge({ label }: { label?: string }) {
  const { t } = useTranslation('notifications');
  const fallback = t('badge.unreadNotifications');
  const [{ data }] = useQuery({ query: GetUnreadNotifications });
  const unread = data?.notifications?.unreadCount ?? 0;
  if (unread === 0) return null;
  return (
    <>
      <span className={styles.noticeCount} aria-hidden="true">
        {unread > 99 ? '99+' : unread}
      </span>
      <span className="visually-hidden">{t('badge.count', { n: unread, label: label ?? fallback })}</span>
    </>
  );
}
