import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Button, FormAlert, TextField } from '../ui';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import styles from './moderation.module.css';

type Outcome = Promise<{ error?: CombinedError }>;

/**
 * A steward's way to hide a post or a comment (`noun`) with a reason, or to show a hidden
 * one again. Hiding resolves its open reports. The feature passes its own mutations.
 */
export function HideControl({
  noun,
  hidden,
  hide,
  show,
}: {
  noun: 'post' | 'comment';
  hidden: boolean;
  hide: (reason: string) => Outcome;
  show: () => Outcome;
}) {
  const { t } = useTranslation();
  // One sentence per noun: articles and genders differ between languages.
  const words =
    noun === 'post'
      ? {
          showFailed: t('hideControl.post.showFailed'),
          formLabel: t('hideControl.post.formLabel'),
          hint: t('hideControl.post.hint'),
          hideFailed: t('hideControl.post.hideFailed'),
          submit: t('hideControl.post.submit'),
        }
      : {
          showFailed: t('hideControl.comment.showFailed'),
          formLabel: t('hideControl.comment.formLabel'),
          hint: t('hideControl.comment.hint'),
          hideFailed: t('hideControl.comment.hideFailed'),
          submit: t('hideControl.comment.submit'),
        };
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [showError, setShowError] = useState<CombinedError>();
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState<{ reason?: string }>();
  const server = formProblems(serverError, ['reason']);

  if (hidden) {
    return (
      <>
        <Button
          variant="quiet"
          size="sm"
          busy={busy}
          onClick={() => {
            setBusy(true);
            void show().then((r) => {
              setBusy(false);
              setShowError(r.error);
            });
          }}
        >
          {t('hideControl.showAgain')}
        </Button>
        <FormAlert problems={formProblems(showError, []).general} title={words.showFailed} />
      </>
    );
  }
  if (!open) {
    return (
      <Button variant="quiet" size="sm" onClick={() => setOpen(true)}>
        {t('hideControl.hide')}
      </Button>
    );
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const why = reason.trim();
    if (!check(why.length < 3 ? { reason: t('hideControl.reasonTooShort') } : {})) return;
    setBusy(true);
    const r = await hide(why);
    setBusy(false);
    if (r.error) return fail(r.error);
    setOpen(false);
    setReason('');
  }

  return (
    <form
      ref={formRef}
      className={styles.hideForm}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={words.formLabel}
    >
      <TextField
        label={t('hideControl.reason')}
        hint={words.hint}
        value={reason}
        maxLength={280}
        onChange={(e) => {
          setReason(e.target.value);
          setErrors({});
        }}
        error={errors.reason ?? server.fields.reason}
      />
      <FormAlert problems={server.general} title={words.hideFailed} />
      <div className={styles.formActions}>
        <Button type="submit" size="sm" busy={busy}>
          {words.submit}
        </Button>
        <Button type="button" size="sm" variant="quiet" onClick={() => setOpen(false)}>
          {t('actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
