import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('ledger');
  const [note, setNote] = useState('');
  const { errors, serverError, formRef: ref, check, fail } = useFormState<{ note?: string }>();
  const [{ fetching }, reverse] = useMutation(ReverseContribution);
  const server = formProblems(serverError, ['note']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = note.trim() ? undefined : t('reverse.noReason');
    if (!check(found ? { note: found } : {})) return;
    const result = await reverse({ input: { contributionId, note: note.trim() } });
    if (result.error) return fail(result.error);
    onClose(t('reverse.done', { what }));
  }

  return (
    <form
      ref={ref}
      className={`${fieldStyles.form} ${ledgerListStyles.entryForm}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('reverse.label', { what })}
    >
      <p className="muted">{t('reverse.explain')}</p>
      <TextAreaField
        label={t('reverse.why')}
        rows={2}
        maxLength={maxNote}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note ?? server.fields.note}
      />
      <FormAlert problems={server.general} />
      <div className={fieldStyles.formActions}>
        <Button type="submit" size="sm" variant="danger" busy={fetching}>
          {t('reverse.submit')}
        </Button>
        <Button size="sm" variant="quiet" onClick={() => onClose()}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
