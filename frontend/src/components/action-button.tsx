import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError, type TypedDocumentNode } from 'urql';
import { Alert, Button } from './ui';
import { problemsOf } from '../lib/errors';
import actionButtonStyles from './action-button.module.css';

type Variant = 'primary' | 'secondary' | 'quiet' | 'danger';

/**
 * A button that runs one mutation with `input`. With `confirm`, the first press asks
 * the question in place and a second press does it. Failures are said beside it.
 */
export function ActionButton<I>({
  mutation,
  input,
  children,
  confirm,
  variant = 'secondary',
  onDone,
}: {
  mutation: TypedDocumentNode<unknown, { input: I }>;
  input: I;
  children: ReactNode;
  confirm?: { question: ReactNode; yes: string };
  variant?: Variant;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, run] = useMutation(mutation);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<CombinedError>();
  const box = useRef<HTMLSpanElement>(null);
  const opened = useRef(false);

  // Asking moves focus to the question's buttons; cancelling brings it back to the action.
  useEffect(() => {
    if (asking) box.current?.querySelector<HTMLButtonElement>('.action__buttons button')?.focus();
    else if (opened.current) box.current?.querySelector<HTMLButtonElement>('button')?.focus();
    opened.current = asking;
  }, [asking]);

  async function go() {
    setError(undefined);
    const result = await run({ input });
    if (result.error) {
      setError(result.error);
      return;
    }
    setAsking(false);
    onDone?.();
  }

  const messages = [...new Set(problemsOf(error).map((p) => p.message))];
  return (
    <span className={actionButtonStyles.action} ref={box}>
      {asking && confirm ? (
        <span className={actionButtonStyles.actionConfirm} role="group" aria-label={t('actionButton.confirm')}>
          <span className={actionButtonStyles.actionQuestion}>{confirm.question}</span>
          <span className={actionButtonStyles.actionButtons}>
            <Button
              size="sm"
              variant={variant === 'danger' ? 'danger' : 'primary'}
              busy={fetching}
              onClick={() => void go()}
            >
              {confirm.yes}
            </Button>
            <Button size="sm" variant="quiet" onClick={() => setAsking(false)}>
              {t('actions.cancel')}
            </Button>
          </span>
        </span>
      ) : (
        <Button size="sm" variant={variant} busy={fetching} onClick={() => (confirm ? setAsking(true) : void go())}>
          {children}
        </Button>
      )}
      {messages.length > 0 && (
        <Alert tone="error">
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </Alert>
      )}
    </span>
  );
}
