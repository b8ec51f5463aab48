import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to the form's first invalid field each time `attempt` changes (bump it on
 * every submit that found problems), so keyboard and screen-reader users land on what
 * needs fixing.
 */
export function useFocusFirstInvalid(attempt: number): RefObject<HTMLFormElement | null> {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (attempt === 0) return;
    const invalid = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [attempt]);
  return ref;
}

/** A form's problems without the one for `field`, which the person has just changed. */
export function withoutProblem(problems: Record<string, string>, field: string): Record<string, string> {
  const rest = { ...problems };
  delete rest[field];
  return rest;
}
