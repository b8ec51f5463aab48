import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Button, FormAlert, TextAreaField, TextField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { talkPaths } from '../../lib/paths';
import { StartThread } from './api/start-thread';
import { markdownHint, maxPostBody, postBodyProblem } from './post-body-form';
import styles from './talk.module.css';

const minTitle = 3;
const maxTitle = 140;

type Problems = { title?: string; body?: string };

/** Starts a thread with its opening post, then opens it. */
export function StartThreadForm({
  collaborationId,
  slug,
  onCancel,
}: {
  collaborationId: string;
  slug: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation('talk');
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState<Problems>();
  const [{ fetching }, start] = useMutation(StartThread);
  const server = formProblems(serverError, ['title', 'body']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Problems = {};
    const trimmed = title.trim();
    if (trimmed.length < minTitle) found.title = t('start.titleTooShort');
    else if (trimmed.length > maxTitle) found.title = t('start.titleTooLong');
    const b = postBodyProblem(body);
    if (b) found.body = b;
    if (!check(found)) return;
    const r = await start({ input: { collaborationId, title: trimmed, body: body.trim() } });
    if (r.error || !r.data) return fail(r.error);
    void navigate(talkPaths.thread(slug, r.data.startThread.thread.number));
  }

  return (
    <form
      ref={formRef}
      className={`form card ${styles.startForm}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('start.heading')}
    >
      <h2>{t('start.heading')}</h2>
      <TextField
        label={t('start.title')}
        value={title}
        maxLength={maxTitle}
        onChange={(e) => {
          setTitle(e.target.value);
          setErrors((p) => ({ ...p, title: undefined }));
        }}
        error={errors.title ?? server.fields.title}
        required
      />
      <TextAreaField
        label={t('start.body')}
        hint={markdownHint()}
        rows={6}
        value={body}
        maxLength={maxPostBody}
        onChange={(e) => {
          setBody(e.target.value);
          setErrors((p) => ({ ...p, body: undefined }));
        }}
        error={errors.body ?? server.fields.body}
        required
      />
      <FormAlert problems={server.general} title={t('start.failed')} />
      <div className="form__actions">
        <Button type="submit" busy={fetching}>
          {t('start.submit')}
        </Button>
        <Button type="button" variant="quiet" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
