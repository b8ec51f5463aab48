import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button, FormAlert, TextField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { HidePost, UnhidePost } from './api/hide-post';
import styles from './talk.module.css';

/**
 * A steward's way to hide a post with a reason, or to show a hidden one again. Hiding
 * resolves the post's open reports.
 */
export function HidePostControl({ postId, hidden }: { postId: string; hidden: boolean }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [{ fetching: hiding }, hide] = useMutation(HidePost);
  const [{ fetching: showing, error: showError }, unhide] = useMutation(UnhidePost);
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState<{ reason?: string }>();
  const server = formProblems(serverError, ['reason']);

  if (hidden) {
    return (
      <>
        <Button variant="quiet" size="sm" busy={showing} onClick={() => void unhide({ input: { postId } })}>
          Show again
        </Button>
        <FormAlert problems={formProblems(showError, []).general} title="The post could not be shown again" />
      </>
    );
  }
  if (!open) {
    return (
      <Button variant="quiet" size="sm" onClick={() => setOpen(true)}>
        Hide
      </Button>
    );
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const why = reason.trim();
    if (!check(why.length < 3 ? { reason: 'Give the members a reason of a few words.' } : {})) return;
    const r = await hide({ input: { postId, reason: why } });
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
      aria-label="Hide this post"
    >
      <TextField
        label="Why hide it"
        hint="The members read this in place of the post."
        value={reason}
        maxLength={280}
        onChange={(e) => {
          setReason(e.target.value);
          setErrors({});
        }}
        error={errors.reason ?? server.fields.reason}
      />
      <FormAlert problems={server.general} title="The post could not be hidden" />
      <div className={styles.formActions}>
        <Button type="submit" size="sm" busy={hiding}>
          Hide post
        </Button>
        <Button type="button" size="sm" variant="quiet" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
