import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, SelectField, TextAreaField, TextField } from '../../components/ui';
import { QuantityFields } from '../../components/quantity-fields';
import { dateInputValue } from '../../lib/dates';
import type { ConditionKind } from '../../gql/graphql';
import { maxDescription, type CommitmentDraft, type NeedOption } from './commitment-draft';
import styles from './collaborations.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const conditionKinds: ConditionKind[] = ['NONE', 'ACTIVE_MEMBERS', 'NEED_PLEDGED', 'ALL_NEEDS_PLEDGED'];

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
  const { t } = useTranslation('collaborations');
  const id = useId();
  const conditionWords: Partial<Record<ConditionKind, { label: string; hint: string }>> = {
    NONE: { label: t('commitmentFields.atOnce'), hint: t('commitmentFields.atOnceHint') },
    ACTIVE_MEMBERS: { label: t('commitmentFields.enoughMembers'), hint: t('commitmentFields.enoughMembersHint') },
    NEED_PLEDGED: { label: t('commitmentFields.needPledged'), hint: t('commitmentFields.needPledgedHint') },
    ALL_NEEDS_PLEDGED: {
      label: t('commitmentFields.allNeedsPledged'),
      hint: t('commitmentFields.allNeedsPledgedHint'),
    },
  };
  const conditions = conditionKinds.map((kind) => ({ kind, ...conditionWords[kind]! }));
  const towardNeed = needs.some((n) => n.key === draft.needKey);
  const conditionError = errors.condition ?? errors['condition.kind'];
  return (
    <fieldset className={`${styles.commitmentFields} ${cardStyles.card}`}>
      <legend className={styles.commitmentFieldsLegend}>{legend}</legend>
      {needs.length > 0 && (
        <SelectField
          label={t('commitmentFields.towardNeed')}
          optional
          value={draft.needKey}
          onChange={(e) => onChange({ needKey: e.target.value })}
          hint={t('commitmentFields.towardNeedHint')}
          error={errors.needId}
        >
          <option value="">{t('commitmentFields.noNeed')}</option>
          {needs.map((n) => (
            <option key={n.key} value={n.key}>
              {n.label}
            </option>
          ))}
        </SelectField>
      )}
      <QuantityFields value={draft} onChange={onChange} errors={errors} locked={towardNeed} />
      <TextAreaField
        label={t('commitmentFields.description')}
        optional
        rows={2}
        maxLength={maxDescription}
        value={draft.description}
        onChange={(e) => onChange({ description: e.target.value })}
        error={errors.description}
      />
      <SelectField
        label={t('commitmentFields.howOften')}
        value={draft.every}
        onChange={(e) => onChange({ every: e.target.value as CommitmentDraft['every'], dueDate: '' })}
        hint={t('commitmentFields.howOftenHint')}
        error={errors['recurrence.every'] ?? errors.recurrence}
      >
        <option value="">{t('commitmentFields.once')}</option>
        <option value="WEEK">{t('commitmentFields.perWeek')}</option>
        <option value="MONTH">{t('commitmentFields.perMonth')}</option>
      </SelectField>
      {draft.every ? (
        <>
          <TextField
            label={t('commitmentFields.firstDay')}
            optional
            type="date"
            min={dateInputValue(new Date())}
            value={draft.startsOn}
            onChange={(e) => onChange({ startsOn: e.target.value })}
            hint={t('commitmentFields.firstDayHint')}
            error={errors['recurrence.startsOn']}
          />
          <TextField
            label={t('commitmentFields.lastDay')}
            optional
            type="date"
            min={draft.startsOn || dateInputValue(new Date())}
            value={draft.endsOn}
            onChange={(e) => onChange({ endsOn: e.target.value })}
            hint={t('commitmentFields.lastDayHint')}
            error={errors['recurrence.endsOn']}
          />
        </>
      ) : (
        <TextField
          label={t('commitmentFields.dueBy')}
          optional
          type="date"
          min={dateInputValue(new Date())}
          value={draft.dueDate}
          onChange={(e) => onChange({ dueDate: e.target.value })}
          hint={t('commitmentFields.dueByHint')}
          error={errors.dueAt}
        />
      )}
      <fieldset
        className={`${fieldStyles.field} ${fieldStyles.choiceGroup}`}
        aria-describedby={conditionError ? `${id}-cond-error` : undefined}
      >
        <legend className={fieldStyles.fieldLabel}>{t('commitmentFields.whenBinds')}</legend>
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
                  {disabled ? t('commitmentFields.chooseNeedFirst', { hint: c.hint }) : c.hint}
                </span>
              </span>
            </label>
          );
        })}
        <FieldError id={`${id}-cond-error`}>{conditionError}</FieldError>
      </fieldset>
      {draft.condition === 'ACTIVE_MEMBERS' && (
        <TextField
          label={t('commitmentFields.threshold')}
          type="number"
          inputMode="numeric"
          min={2}
          step={1}
          value={draft.threshold}
          onChange={(e) => onChange({ threshold: e.target.value })}
          hint={t('commitmentFields.thresholdHint')}
          error={errors['condition.threshold']}
        />
      )}
      {draft.condition !== 'NONE' && (
        <TextField
          label={t('commitmentFields.conditionBy')}
          optional
          type="date"
          min={dateInputValue(new Date())}
          value={draft.conditionBy}
          onChange={(e) => onChange({ conditionBy: e.target.value })}
          hint={t('commitmentFields.conditionByHint')}
          error={errors['condition.by']}
        />
      )}
      {actions && <div className="commitment-fields__actions">{actions}</div>}
    </fieldset>
  );
}
