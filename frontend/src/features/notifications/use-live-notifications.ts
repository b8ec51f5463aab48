import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { onReconnected } from '../../lib/client';
import { NotificationAdded } from './api/notifications';

/**
 * Calls `onNew` when a notification arrives, or when the live connection comes back and
 * some may have been missed. `after` is the newest notification held; until it is
 * known (`ready` false), nothing is subscribed.
 */
export function useLiveNotifications(ready: boolean, after: string | undefined, onNew: () => void) {
  const latest = useRef(onNew);
  latest.current = onNew;
  const [{ data }] = useSubscription({ query: NotificationAdded, variables: { after: after ?? null }, pause: !ready });
  const added = data?.notificationAdded.id;
  useEffect(() => {
    if (added) latest.current();
  }, [added]);
  useEffect(() => onReconnected(() => latest.current()), []);
}
