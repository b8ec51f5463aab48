import { useEffect, useRef } from 'react';
import type { Problem } from '../../lib/errors';
import { Alert } from './alert';

/**
 * The problems of a form that belong to no field, shown above the form's buttons and
 * focused when they appear so keyboard and screen-reader users learn of them.
 */
export function FormAlert({ problems, title }: { problems: Problem[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = problems.map((p) => p.message).join('\n');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (problems.length === 0) return null;
  const messages = [...new Set(problems.map((p) => p.message))];
  return (
    <Alert ref={ref} tone="error" title={title}>
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
