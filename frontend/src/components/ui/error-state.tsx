import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { problemsOf } from '../../lib/errors';
import { loginPath } from '../../lib/paths';
import { Button } from './button';
import buttonStyles from './button.module.css';
import errorStateStyles from './error-state.module.css';

/**
 * A failed load explained in words, with a way forward: try again, or log in when the
 * session has ended.
 */
export function ErrorState({ error, title, onRetry }: { error: CombinedError; title?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const problems = problemsOf(error);
  const needsLogin = problems.some((p) => p.code === 'UNAUTHENTICATED');
  const messages = [...new Set(problems.map((p) => p.message))];
  return (
    <div className={errorStateStyles.errorState} role="alert">
      <p className={errorStateStyles.errorStateTitle}>{title ?? t('errorState.title')}</p>
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
      <div className={errorStateStyles.errorStateActions}>
        {needsLogin ? (
          <Link
            className={`${buttonStyles.button} ${buttonStyles.buttonPrimary}`}
            to={loginPath(location.pathname + location.search)}
          >
            {t('errorState.logIn')}
          </Link>
        ) : (
          onRetry && (
            <Button variant="secondary" onClick={onRetry}>
              {t('errorState.tryAgain')}
            </Button>
          )
        )}
      </div>
    </div>
  );
}
