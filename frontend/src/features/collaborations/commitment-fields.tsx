import { useId, type ReactNode } from 'react';
import { FieldError, SelectField, TextAreaField, TextField } from '../../components/ui';
import { QuantityFields } from '../../components/quantity-fields';
import { dateInputValue } from '../../lib/dates';
import type { ConditionKind } from '../../gql/graphql';
import { maxDescription, type CommitmentDraft, type NeedOption } from './commitment-draft';
import styles from './collaborations.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const conditions: { kind: ConditionKind; label: string; hint: string }[] = [
  { kind: 'NONE', label: 'At once', hint: 'It binds as soon as you are a member.' },
  {
    kind: 'ACTIVE_MEMBERS',
    label: 'When enough members have joined',
    hint: 'It stays pending until the collaboration has this many active members, then binds for good.',
  },
  {
    kind: 'NEED_PLEDGED',
    label: 'When the need is fully pledged',
    hint: 'It stays pending until others have pledged the rest of the need.',
  },
  {
    kind: 'ALL_NEEDS_PLEDGED',
    label: 'When every need is pledged',
    hint: 'The team forms at once: nothing binds until pledges cover every open need, then all of them bind together.',
  },
];

/**
 * One commitment: what, how much, toward which need, by when, and when it binds. The
 * fieldset's legend names it, so several can stand on one page.
 */
export function CommitmentFields({
  legend,
  draft,
  onChange,
  needs,
  errors = {},
  actions,
}: {
  legend: string;
  draft: CommitmentDraft;
  onChange: (change: Partial<CommitmentDraft>) => void;
  needs: readonly NeedOption[];
  errors?: Record<string, string>;
  actions?: ReactNode;
}) {
  const id = useId();
  const towardNeed = needs.some((n) => n.key === draft.needKey);
  const conditionError = errors.condition ?? errors['condition.kind'];
  return (
    <fieldset className={`${styles.commitmentFields} ${cardStyles.card}`}>
      <legend className={styles.commitmentFieldsLegend}>{legend}</legend>
      {needs.length > 0 && (
        <SelectField
          label="Toward a need"
          optional
          value={draft.needKey}
          onChange={(e) => onChange({ needKey: e.target.value })}
          hint="Pledging toward a need shows everyone how far it is covered."
          error={errors.needId}
        >
          <option value="">Not toward a particular need</option>
          {needs.map((n) => (
            <option key={n.key} value={n.key}>
              {n.label}
            </option>
          ))}
        </SelectField>
      )}
      <QuantityFields value={draft} onChange={onChange} errors={errors} locked={towardNeed} />
      <TextAreaField
        label="What you will do or give"
        optional
        rows={2}
        maxLength={maxDescription}
        value={draft.description}
        onChange={(e) => onChange({ description: e.target.value })}
        error={errors.description}
      />
      <SelectField
        label="How often"
        value={draft.every}
        onChange={(e) => onChange({ every: e.target.value as CommitmentDraft['every'], dueDate: '' })}
        hint="Per week or per month: the amount falls due again each calendar week or month."
        error={errors['recurrence.every'] ?? errors.recurrence}
      >
        <option value="">Once</option>
        <option value="WEEK">Per week</option>
        <option value="MONTH">Per month</option>
      </SelectField>
      {draft.every ? (
        <>
          <TextField
            label="First day"
            optional
            type="date"
            min={dateInputValue(new Date())}
            value={draft.startsOn}
            onChange={(e) => onChange({ startsOn: e.target.value })}
            hint="Today if left empty. A first or last period cut short is due pro rata by days."
            error={errors['recurrence.startsOn']}
          />
          <TextField
            label="Last day"
            optional
            type="date"
            min={draft.startsOn || dateInputValue(new Date())}
            value={draft.endsOn}
            onChange={(e) => onChange({ endsOn: e.target.value })}
            hint="Leave empty to keep it going until you cancel it."
            error={errors['recurrence.endsOn']}
          />
        </>
      ) : (
        <TextField
          label="Due by"
          optional
          type="date"
          min={dateInputValue(new Date())}
          value={draft.dueDate}
          onChange={(e) => onChange({ dueDate: e.target.value })}
          hint="Members who pass a due date with the commitment unfulfilled show as behind."
          error={errors.dueAt}
        />
      )}
      <fieldset
        className={`${fieldStyles.field} ${fieldStyles.choiceGroup}`}
        aria-describedby={conditionError ? `${id}-cond-error` : undefined}
      >
        <legend className={fieldStyles.fieldLabel}>When does it bind?</legend>
        {conditions.map((c) => {
          const disabled = c.kind === 'NEED_PLEDGED' && !towardNeed;
          return (
            <label key={c.kind} className={`${fieldStyles.choice}${disabled ? ` ${fieldStyles.choiceDisabled}` : ''}`}>
              <input
                type="radio"
                name={`${id}-condition`}
                value={c.kind}
                checked={draft.condition === c.kind}
                disabled={disabled}
                onChange={() => onChange({ condition: c.kind })}
              />
              <span>
                <span className={fieldStyles.choiceLabel}>{c.label}</span>
                <span className={fieldStyles.choiceHint}>
                  {c.hint}
                  {disabled && ' Choose a need above first.'}
                </span>
              </span>
            </label>
          );
        })}
        <FieldError id={`${id}-cond-error`}>{conditionError}</FieldError>
      </fieldset>
      {draft.condition === 'ACTIVE_MEMBERS' && (
        <TextField
          label="Active members needed"
          type="number"
          inputMode="numeric"
          min={2}
          step={1}
          value={draft.threshold}
          onChange={(e) => onChange({ threshold: e.target.value })}
          hint="Counting you; at least 2."
          error={errors['condition.threshold']}
        />
      )}
      {draft.condition !== 'NONE' && (
        <TextField
          label="Condition must hold by"
          optional
          type="date"
          min={dateInputValue(new Date())}
          value={draft.conditionBy}
          onChange={(e) => onChange({ conditionBy: e.target.value })}
          hint="If it has not held by the end of this day, the commitment lapses and you are told."
          error={errors['condition.by']}
        />
      )}
      {actions && <div className="commitment-fields__actions">{actions}</div>}
    </fieldset>
  );
}
