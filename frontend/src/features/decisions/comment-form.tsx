import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button, FormAlert, TextAreaField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { useFormState } from '../../lib/forms';
import { CommentOnProposal } from './api/comment-on-proposal';
import styles from './decisions.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const maxComment = 2000;

/** Adds the viewer's comment to the discussion of an open proposal. */
export function CommentForm({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation('decisions');
  const [body, setBody] = useState('');
  const [added, setAdded] = useState(false);
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState<{ body?: string }>();
  const [{ fetching }, comment] = useMutation(CommentOnProposal);
  const server = formProblems(serverError, ['body']);
  const shown = errors.body ?? server.fields.body;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const text = body.trim();
    const found =
      text === ''
        ? t('commentForm.empty')
        : text.length > maxComment
          ? t('commentForm.tooLong', { max: formatNumber(maxComment) })
          : undefined;
    setAdded(false);
    if (!check(found ? { body: found } : {})) return;
    const result = await comment({ input: { proposalId, body: text } });
    if (result.error || !result.data) return fail(result.error);
    setBody('');
    setAdded(true);
  }

  return (
    <form
      ref={formRef}
      className={`${fieldStyles.form} ${styles.commentForm}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('commentForm.label')}
    >
      <TextAreaField
        label={t('commentForm.field')}
        rows={3}
        value={body}
        maxLength={maxComment}
        onChange={(e) => {
          setBody(e.target.value);
          setErrors({});
          setAdded(false);
        }}
        error={shown}
        required
      />
      <FormAlert problems={server.general} title={t('commentForm.failed')} />
      {/* The new comment shows in the list above; this tells screen-reader users so. */}
      <p className="visually-hidden" role="status">
        {added ? t('commentForm.added') : ''}
      </p>
      <div className={fieldStyles.formActions}>
        <Button type="submit" variant="secondary" busy={fetching}>
          {t('commentForm.submit')}
        </Button>
      </div>
    </form>
  );
}
