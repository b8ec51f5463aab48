import { useEffect, useEffectEvent } from 'react';
import { useSubscription } from 'urql';
import { onReconnected } from './client';
import { CollaborationActivity } from './collaboration-activity';

/**
 * Calls `onChange` whenever something happens in the collaboration (or the live
 * connection comes back, when something may have been missed), so the page can read
 * again what it shows. Nothing runs while `collaborationId` is undefined. A page that
 * shows the activity itself passes the newest entry it has read as `after`, so the
 * subscription starts there.
 */
export function useLiveActivity(collaborationId: string | undefined, onChange: () => void, after?: string) {
  // The effects below call the latest onChange without running again when it changes.
  const changed = useEffectEvent(onChange);
  const [{ data }] = useSubscription({
    query: CollaborationActivity,
    variables: after ? { collaborationId: collaborationId ?? '', after } : { collaborationId: collaborationId ?? '' },
    pause: !collaborationId,
  });
  const event = data?.collaborationActivity;
  useEffect(() => {
    if (event) changed();
  }, [event]);
  useEffect(() => (collaborationId ? onReconnected(() => changed()) : undefined), [collaborationId]);
}
