import { useEffect, useEffectEvent } from 'react';
import { useSubscription } from 'urql';
import { onReconnected } from '../../lib/client';
import { NotificationAdded } from './api/notifications';

/**
 * Calls `onNew` when a notification arrives, or when the live connection comes back and
 * some may have been missed. `after` is the newest notification held; until it is
 * known (`ready` false), nothing is subscribed.
 */
export function useLiveNotifications(ready: boolean, after: string | undefined, onNew: () => void) {
  // The effects below call the latest onNew without running again when it changes.
  const arrived = useEffectEvent(onNew);
  const [{ data }] = useSubscription({ query: NotificationAdded, variables: { after: after ?? null }, pause: !ready });
  const added = data?.notificationAdded.id;
  useEffect(() => {
    if (added) arrived();
  }, [added]);
  useEffect(() => onReconnected(() => arrived()), []);
}
