import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, FormAlert, TextAreaField, TextField } from '../../components/ui';
import { checkFutureDate, dateInputValue, endOfDayISO, isoToDateInput } from '../../lib/dates';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { checkAmount, toDecimal, trimDecimal, unitLabel, type QuantityLike } from '../../lib/quantity';
import { compact } from '../../lib/validation';
import { ReviseCommitment } from './api/revise-commitment';
import { maxDescription } from './commitment-draft';
import { formatQuantity } from '../../lib/format';
import commitmentStyles from '../../components/commitment.module.css';
import fieldStyles from '../../components/ui/field.module.css';

/** Raises one's own commitment (never lowers it), or changes its words or due date. */
export function ReviseForm({
  commitment,
  onClose,
}: {
  commitment: { id: string; quantity: QuantityLike; description: string; dueAt?: string | null };
  onClose: (message?: string) => void;
}) {
  const { t } = useTranslation('collaborations');
  const q = commitment.quantity;
  const [amount, setAmount] = useState(trimDecimal(q.amount));
  const [description, setDescription] = useState(commitment.description);
  const [dueDate, setDueDate] = useState(isoToDateInput(commitment.dueAt));
  const { errors, serverError, formRef: ref, check, fail } = useFormState();
  const [{ fetching }, revise] = useMutation(ReviseCommitment);
  const server = formProblems(serverError, ['quantity', 'description', 'dueAt']);
  const shown = { ...server.fields, ...errors };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const amountError = checkAmount(amount, q.kind, q.currency);
    const found = compact({
      quantity:
        amountError ??
        (Number(toDecimal(amount)) < Number(q.amount)
          ? t('revise.onlyRaised', { quantity: formatQuantity(q) })
          : undefined),
      dueAt: dueDate !== isoToDateInput(commitment.dueAt) ? checkFutureDate(dueDate) : undefined,
    });
    if (!check(found)) return;
    const due = dueDate && dueDate !== isoToDateInput(commitment.dueAt) ? endOfDayISO(dueDate) : undefined;
    const result = await revise({
      input: {
        commitmentId: commitment.id,
        quantity: toDecimal(amount),
        description: description.trim(),
        ...(due ? { dueAt: due } : {}),
      },
    });
    if (result.error) return fail(result.error);
    onClose(t('revise.updated'));
  }

  return (
    <form
      ref={ref}
      className={`${fieldStyles.form} ${commitmentStyles.commitmentForm}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('revise.label')}
    >
      <TextField
        label={t('editNeed.howMuch', { unit: unitLabel(q.kind, q.unit, q.currency) })}
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        hint={t('revise.amountHint')}
        error={shown.quantity}
      />
      <TextAreaField
        label={t('commitmentFields.description')}
        optional
        rows={2}
        maxLength={maxDescription}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={shown.description}
      />
      <TextField
        label={t('commitmentFields.dueBy')}
        optional
        type="date"
        min={dateInputValue(new Date())}
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        error={shown.dueAt}
      />
      <FormAlert problems={server.general} />
      <div className={fieldStyles.formActions}>
        <Button type="submit" size="sm" busy={fetching}>
          {t('revise.save')}
        </Button>
        <Button size="sm" variant="quiet" onClick={() => onClose()}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
