import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QuantityFields } from '../../components/quantity-fields';
import { Button, CheckboxField, FormAlert, SelectField, TextAreaField, TextField } from '../../components/ui';
import { dateInputValue, occurredAtISO } from '../../lib/dates';
import { fieldProblems } from '../../lib/errors';
import { useFormState, useIdempotencyKey } from '../../lib/forms';
import {
  checkQuantityDraft,
  draftAsQuantity,
  emptyQuantity,
  matchQuantity,
  quantityInput,
  type QuantityDraft,
  type QuantityLike,
} from '../../lib/quantity';
import { LogContribution } from './api/log-contribution';
import { formatQuantity } from '../../lib/format';
import styles from './log-contribution-form.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const maxNote = 1000;

export interface OwnCommitment {
  id: string;
  description: string;
  quantity: QuantityLike;
}

/** A member logs what they gave, against one of their commitments or not; another member confirms it. */
export function LogContributionForm({
  collaborationId,
  commitments,
  outcomes = [],
  onDone,
}: {
  collaborationId: string;
  commitments: OwnCommitment[];
  /** The collaboration's outcomes the entry may say it serves. */
  outcomes?: { id: string; name: string }[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('ledger');
  const [quantity, setQuantity] = useState<QuantityDraft>(emptyQuantity);
  const [commitmentId, setCommitmentId] = useState('');
  const [note, setNote] = useState('');
  const [serves, setServes] = useState<string[]>([]);
  const [date, setDate] = useState('');
  const { errors, serverError, formRef: ref, check, fail } = useFormState();
  const [{ fetching }, log] = useMutation(LogContribution);
  const idempotency = useIdempotencyKey();
  const server = fieldProblems(
    serverError,
    (f) => ['kind', 'quantity', 'unit', 'currency', 'note', 'occurredAt', 'commitmentId', 'outcomeIds'].includes(f),
    {
      'contribution.kind': 'kind',
      'contribution.quantity': 'quantity',
      'contribution.unit': 'unit',
      'contribution.currency': 'currency',
    },
  );
  const shown = { ...server.fields, ...errors };

  function chooseCommitment(id: string) {
    setCommitmentId(id);
    const c = commitments.find((x) => x.id === id);
    if (c) setQuantity((q) => matchQuantity(q, c.quantity));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = checkQuantityDraft(quantity);
    if (note.length > maxNote) found.note = t('log.noteTooLong', { max: maxNote });
    if (date && date > dateInputValue(new Date())) found.occurredAt = t('log.future');
    if (!check(found)) return;
    const occurredAt = occurredAtISO(date);
    const input = {
      collaborationId,
      ...quantityInput(quantity),
      note: note.trim(),
      ...(occurredAt ? { occurredAt } : {}),
      ...(commitmentId ? { commitmentId } : {}),
      ...(serves.length > 0 ? { servesOutcomeIds: serves } : {}),
    };
    const result = await log({ input: { ...input, idempotencyKey: idempotency.keyFor(input) } });
    if (result.error) return fail(result.error);
    idempotency.succeeded();
    const what = formatQuantity(draftAsQuantity(quantity));
    setQuantity((q) => ({ ...q, amount: '' }));
    setNote('');
    setDate('');
    setServes([]);
    onDone(t('log.done', { what }));
  }

  return (
    <form
      ref={ref}
      className={`${fieldStyles.form} ${cardStyles.card} ${styles.logForm}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('log.heading')}
    >
      <h3>{t('log.heading')}</h3>
      {commitments.length > 0 && (
        <SelectField
          label={t('log.against')}
          optional
          value={commitmentId}
          onChange={(e) => chooseCommitment(e.target.value)}
          hint={t('log.againstHint')}
          error={shown.commitmentId}
        >
          <option value="">{t('log.notAgainst')}</option>
          {commitments.map((c) => (
            <option key={c.id} value={c.id}>
              {formatQuantity(c.quantity)}
              {c.description ? `: ${c.description.length > 50 ? `${c.description.slice(0, 49)}…` : c.description}` : ''}
            </option>
          ))}
        </SelectField>
      )}
      <QuantityFields
        value={quantity}
        onChange={(c) => setQuantity((q) => ({ ...q, ...c }))}
        errors={shown}
        locked={!!commitmentId}
        amountLabel={t('log.amount')}
      />
      <TextAreaField
        label={t('log.note')}
        optional
        rows={2}
        maxLength={maxNote}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={shown.note}
      />
      <TextField
        label={t('log.when')}
        optional
        type="date"
        max={dateInputValue(new Date())}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        hint={t('log.whenHint')}
        error={shown.occurredAt}
      />
      {outcomes.length > 0 && (
        <fieldset className={styles.serves}>
          <legend>
            {t('serves.legend')} <span className="muted">{t('serves.optional')}</span>
          </legend>
          <p className="muted">{t('serves.hint')}</p>
          {outcomes.map((o) => (
            <CheckboxField
              key={o.id}
              label={o.name}
              checked={serves.includes(o.id)}
              onChange={(e) => setServes((s) => (e.target.checked ? [...s, o.id] : s.filter((x) => x !== o.id)))}
            />
          ))}
          {shown.outcomeIds && <p className={fieldStyles.fieldError}>{shown.outcomeIds}</p>}
        </fieldset>
      )}
      <FormAlert problems={server.general} />
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={fetching}>
          {t('log.submit')}
        </Button>
      </div>
    </form>
  );
}
