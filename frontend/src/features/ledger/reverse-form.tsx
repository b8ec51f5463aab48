import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button, FormAlert, TextAreaField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { ReverseContribution } from './api/reverse-contribution';
import ledgerListStyles from './ledger-list.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const maxNote = 1000;

/** Corrects an entry with a reversing one: both stay in the ledger, neither counts. */
export function ReverseForm({
  contributionId,
  what,
  onClose,
}: {
  contributionId: string;
  what: string;
  onClose: (message?: string) => void;
}) {
  const [note, setNote] = useState('');
  const { errors, serverError, formRef: ref, check, fail } = useFormState<{ note?: string }>();
  const [{ fetching }, reverse] = useMutation(ReverseContribution);
  const server = formProblems(serverError, ['note']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = note.trim() ? undefined : 'Say why the entry is corrected; the reason stays in the ledger.';
    if (!check(found ? { note: found } : {})) return;
    const result = await reverse({ input: { contributionId, note: note.trim() } });
    if (result.error) return fail(result.error);
    onClose(`The entry of ${what} is reversed; both entries stay in the ledger and neither counts.`);
  }

  return (
    <form
      ref={ref}
      className={`${fieldStyles.form} ${ledgerListStyles.entryForm}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={`Reverse the entry of ${what}`}
    >
      <p className="muted">
        Entries are never edited or deleted. A reversing entry cancels this one; log the right amount as a new entry if
        needed.
      </p>
      <TextAreaField
        label="Why is it corrected?"
        rows={2}
        maxLength={maxNote}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note ?? server.fields.note}
      />
      <FormAlert problems={server.general} />
      <div className={fieldStyles.formActions}>
        <Button type="submit" size="sm" variant="danger" busy={fetching}>
          Reverse the entry
        </Button>
        <Button size="sm" variant="quiet" onClick={() => onClose()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
