import type { CombinedError } from '@urql/core';
import { Link, useLocation } from 'react-router';
import { problemsOf } from '../../lib/errors';
import { loginPath } from '../../lib/paths';
import { Button } from './button';

/**
 * A failed load explained in words, with a way forward: try again, or log in when the
 * session has ended.
 */
export function ErrorState({
  error,
  title = 'This could not be loaded',
  onRetry,
}: {
  error: CombinedError;
  title?: string;
  onRetry?: () => void;
}) {
  const location = useLocation();
  const problems = problemsOf(error);
  const needsLogin = problems.some((p) => p.code === 'UNAUTHENTICATED');
  const messages = [...new Set(problems.map((p) => p.message))];
  return (
    <div className="error-state" role="alert">
      <p className="error-state__title">{title}</p>
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
      <div className="error-state__actions">
        {needsLogin ? (
          <Link className="button button--primary" to={loginPath(location.pathname + location.search)}>
            Log in
          </Link>
        ) : (
          onRetry && (
            <Button variant="secondary" onClick={onRetry}>
              Try again
            </Button>
          )
        )}
      </div>
    </div>
  );
}
