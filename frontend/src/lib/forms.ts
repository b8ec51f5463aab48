import { useCallback, useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { CombinedError } from 'urql';

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

/** Whether a form's problems (by field, or a list of them by row) hold any at all. */
export function hasProblems(found: Record<string, unknown> | readonly Record<string, unknown>[]): boolean {
  if (Array.isArray(found)) return found.some((row: Record<string, unknown>) => hasProblems(row));
  return Object.keys(found).length > 0;
}

/** The state every form keeps between submissions: see useFormState. */
export interface FormState<E> {
  /** The problems found in the browser, by field. */
  errors: E;
  setErrors: Dispatch<SetStateAction<E>>;
  /** What the server answered to the last submission, if it refused it. */
  serverError: CombinedError | undefined;
  setServerError: Dispatch<SetStateAction<CombinedError | undefined>>;
  /** The form element: focus moves to its first invalid field after a failed submit. */
  formRef: RefObject<HTMLFormElement | null>;
  /**
   * Starts a submission with the problems found in the browser: forgets the server's last
   * answer, shows them, and, when there are any, moves focus to the first and returns false.
   */
  check: (found: E) => boolean;
  /** Ends a submission the server refused: shows its answer and moves focus to what needs fixing. */
  fail: (error?: CombinedError) => void;
}

/**
 * A form's problems and where focus goes after a failed submit, in one place: the
 * problems found in the browser, the server's answer, and the form to focus in. The
 * submitting flag is the mutation's own `fetching`.
 */
export function useFormState<E extends Record<string, unknown> | readonly Record<string, unknown>[] = Record<string, string>>(
  initial: E = {} as E,
): FormState<E> {
  const [errors, setErrors] = useState<E>(initial);
  const [serverError, setServerError] = useState<CombinedError>();
  const [attempt, setAttempt] = useState(0);
  const formRef = useFocusFirstInvalid(attempt);
  const check = useCallback((found: E) => {
    setErrors(found);
    setServerError(undefined);
    if (!hasProblems(found)) return true;
    setAttempt((a) => a + 1);
    return false;
  }, []);
  const fail = useCallback((error?: CombinedError) => {
    setServerError(error);
    setAttempt((a) => a + 1);
  }, []);
  return { errors, setErrors, serverError, setServerError, formRef, check, fail };
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
