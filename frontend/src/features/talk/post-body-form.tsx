import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Button, FormAlert, TextAreaField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { i18n } from '../../lib/i18n';
import styles from './talk.module.css';

/** The longest post the server takes. */
export const maxPostBody = 10000;

/** How a post may be written, as a text area's hint. */
export function markdownHint(): string {
  return i18n.t('talk:post.markdownHint');
}

/** Checks a post's body as the server would; a problem in words, or undefined. */
export function postBodyProblem(text: string): string | undefined {
  if (text.trim() === '') return i18n.t('talk:post.empty');
  if (text.length > maxPostBody) return i18n.t('talk:post.tooLong');
  return undefined;
}

/**
 * A post's body to write and send: a reply or an edit. `send` answers the server's error,
 * if it refused; on success the form empties (or, with `keep`, keeps the text).
 */
export function PostBodyForm({
  name,
  label,
  submitLabel,
  initial = '',
  busy,
  send,
  onCancel,
  failTitle,
  done,
}: {
  /** The form's accessible name; `label` names its text area. */
  name: string;
  label: string;
  submitLabel: string;
  initial?: string;
  busy: boolean;
  send: (body: string) => Promise<CombinedError | undefined>;
  onCancel?: () => void;
  failTitle: string;
  done: string;
}) {
  const { t } = useTranslation('talk');
  const [body, setBody] = useState(initial);
  const [sent, setSent] = useState(false);
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState<{ body?: string }>();
  const server = formProblems(serverError, ['body']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSent(false);
    const found = postBodyProblem(body);
    if (!check(found ? { body: found } : {})) return;
    const error = await send(body.trim());
    if (error) return fail(error);
    if (!onCancel) setBody('');
    setSent(true);
  }

  return (
    <form
      ref={formRef}
      className={`form ${styles.postForm}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={name}
    >
      <TextAreaField
        label={label}
        hint={markdownHint()}
        rows={4}
        value={body}
        maxLength={maxPostBody}
        onChange={(e) => {
          setBody(e.target.value);
          setErrors({});
          setSent(false);
        }}
        error={errors.body ?? server.fields.body}
        required
      />
      <FormAlert problems={server.general} title={failTitle} />
      <p className="visually-hidden" role="status">
        {sent ? done : ''}
      </p>
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="quiet" onClick={onCancel}>
            {t('cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
