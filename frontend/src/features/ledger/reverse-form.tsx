import { useState, type FormEvent } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { Button, FormAlert, TextAreaField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFocusFirstInvalid } from '../../lib/forms';
import { ReverseContribution } from './api/reverse-contribution';

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
  const [error, setError] = useState<string>();
  const [serverError, setServerError] = useState<CombinedError>();
  const [attempt, setAttempt] = useState(0);
  const ref = useFocusFirstInvalid(attempt);
  const [{ fetching }, reverse] = useMutation(ReverseContribution);
  const server = formProblems(serverError, ['note']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = note.trim() ? undefined : 'Say why the entry is corrected; the reason stays in the ledger.';
    setError(found);
    setServerError(undefined);
    if (found) return setAttempt((a) => a + 1);
    const result = await reverse({ input: { contributionId, note: note.trim() } });
    if (result.error) {
      setServerError(result.error);
      return setAttempt((a) => a + 1);
    }
    onClose(`The entry of ${what} is reversed; both entries stay in the ledger and neither counts.`);
  }

  return (
    <form
      ref={ref}
      className="form entry__form"
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
        error={error ?? server.fields.note}
      />
      <FormAlert problems={server.general} />
      <div className="form__actions">
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
