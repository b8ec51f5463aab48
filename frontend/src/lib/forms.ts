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

/** A fresh random key: a UUID where the page may make one (secure contexts), else 32 hex digits. */
function randomKey(): string {
  if (window.isSecureContext) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The idempotency key of a creating form's submission. `keyFor(input)` gives a new key for
 * new input and the same key while the same input is submitted again after a failure (a
 * timeout, a lost connection), so the server stores it once however often it is retried;
 * `succeeded()` ends that submission, and the next one gets a new key.
 */
export function useIdempotencyKey(): { keyFor: (input: unknown) => string; succeeded: () => void } {
  const last = useRef<{ input: string; key: string } | null>(null);
  return {
    keyFor(input) {
      const text = JSON.stringify(input);
      if (last.current?.input !== text) last.current = { input: text, key: randomKey() };
      return last.current.key;
    },
    succeeded() {
      last.current = null;
    },
  };
}
