import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';

/**
 * Calls `onVisible` when the element scrolls into view (or near it), while `enabled`;
 * for loading more results as a person scrolls. Where IntersectionObserver is missing,
 * nothing happens and the page's "Show more" button does the work.
 */
export function useOnVisible<T extends Element>(onVisible: () => void, enabled: boolean): RefObject<T | null> {
  const ref = useRef<T>(null);
  // The observer calls the latest onVisible without being made again when it changes.
  const visible = useEffectEvent(onVisible);
  useEffect(() => {
    const el = ref.current;
    if (!enabled || !el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) visible();
      },
      { rootMargin: '0px 0px 400px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [enabled]);
  return ref;
}
