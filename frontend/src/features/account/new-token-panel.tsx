import { Trans, useTranslation } from 'react-i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/ui';
import type { NewToken } from './create-token-form';
import styles from './account.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

type Copied = 'idle' | 'copied' | 'failed';

/**
 * The secret of a token just made, shown this once with a copy button. It is held only in
 * the page's state: leaving the page or pressing "I have saved it" forgets it for good.
 * Give each token its own panel (key it by the token), so the copy status starts afresh.
 */
export function NewTokenPanel({ created, onDone }: { created: NewToken; onDone: () => void }) {
  const { t } = useTranslation('account');
  const headingId = useId();
  const fieldId = useId();
  const panel = useRef<HTMLElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<Copied>('idle');

  // Land keyboard and screen-reader users on the token as soon as it appears.
  useEffect(() => {
    panel.current?.focus();
  }, [created]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied('copied');
    } catch {
      // No clipboard here (an old browser, or permission refused): select it for the person.
      field.current?.focus();
      field.current?.select();
      setCopied('failed');
    }
  }

  return (
    <section ref={panel} tabIndex={-1} className={`${cardStyles.card} ${styles.newToken}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('newToken.heading', { name: created.name })}</h2>
      <p className={styles.newTokenWarning}>
        <Trans t={t} i18nKey="newToken.warning" components={{ strong: <strong /> }} />
      </p>
      <div className={fieldStyles.field}>
        <label className={fieldStyles.fieldLabel} htmlFor={fieldId}>
          {t('newToken.token')}
        </label>
        <textarea
          ref={field}
          id={fieldId}
          className={`${fieldStyles.input} ${fieldStyles.textarea} ${styles.newTokenValue}`}
          readOnly
          rows={2}
          spellCheck={false}
          value={created.token}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <p className={styles.newTokenStatus} role="status">
        {copied === 'copied' ? t('newToken.copied') : copied === 'failed' ? t('newToken.copyFailed') : ''}
      </p>
      <div className={fieldStyles.formActions}>
        <Button onClick={() => void copy()}>{t('newToken.copy')}</Button>
        <Button variant="secondary" onClick={onDone}>
          {t('newToken.saved')}
        </Button>
      </div>
      <p className={`${fieldStyles.fieldHint} ${styles.newTokenHint}`}>
        <Trans t={t} i18nKey="newToken.usage" components={{ code: <code /> }} />
      </p>
    </section>
  );
}
