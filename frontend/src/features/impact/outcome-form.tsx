import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { Button, FieldError, FormAlert, SelectField, TextAreaField, TextField } from '../../components/ui';
import type { Direction } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { useFormState, withoutProblem } from '../../lib/forms';
import { compact } from '../../lib/validation';
import { formatWithUnit } from '../../lib/format';
import { i18n } from '../../lib/i18n';
import styles from './outcome-form.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

/** The API's limits (schema.graphql, DefineOutcomeInput and ReviseOutcomeInput). */
export const outcomeLimits = { nameMin: 3, nameMax: 120, unitMax: 40, values: 8, reasonMax: 500 } as const;

export interface OutcomeValues {
  name: string;
  unit: string;
  baseline: string;
  target: string;
  direction: Direction;
  /** A day, YYYY-MM-DD, in the person's time zone; empty for none. */
  dueDate: string;
  valueIds: string[];
  /** Why it is revised (revisions only). */
  reason: string;
  /** The catalog metric it counts (its unit follows); empty for a custom outcome. */
  metricCode?: string;
}

/** A standard metric of the catalog an outcome may pick. */
export interface MetricChoice {
  code: string;
  name: string;
  unit: string;
  definition: string;
}

const fields = [
  'name',
  'unit',
  'baseline',
  'target',
  'direction',
  'dueDate',
  'valueIds',
  'reason',
  'metricCode',
] as const;

/** A number typed by a person, or NaN: "1,5" reads as 1.5, blanks as nothing. */
export function parseNumber(s: string): number {
  const t = s.trim().replace(',', '.');
  return t === '' ? NaN : Number(t);
}

/** The end of a day in the person's time zone, as the API's time: due "by" that day. */
export function endOfDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d, 23, 59, 0).toISOString();
}

/** The day (YYYY-MM-DD, the person's time zone) of an API time, for a date input. */
export function dayOf(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Which way a target lies from a baseline, when both are numbers and differ. */
export function directionOf(baseline: number, target: number): Direction | undefined {
  if (!Number.isFinite(baseline) || !Number.isFinite(target) || baseline === target) return undefined;
  return target > baseline ? 'INCREASE' : 'DECREASE';
}

/** Checks an outcome as the API would, in words a person can act on. */
export function validateOutcome(
  v: OutcomeValues,
  { now = new Date(), dueChanged = true } = {},
): Record<string, string> {
  const name = v.name.trim();
  const unit = v.unit.trim();
  const baseline = parseNumber(v.baseline);
  const target = parseNumber(v.target);
  const follows = directionOf(baseline, target);
  return compact({
    name:
      name.length < outcomeLimits.nameMin || name.length > outcomeLimits.nameMax
        ? i18n.t('impact:outcomeForm.problem.name', { min: outcomeLimits.nameMin, max: outcomeLimits.nameMax })
        : undefined,
    unit:
      unit === ''
        ? i18n.t('impact:outcomeForm.problem.unit')
        : unit.length > outcomeLimits.unitMax
          ? i18n.t('impact:outcomeForm.problem.unitLong', { max: outcomeLimits.unitMax })
          : undefined,
    baseline: Number.isFinite(baseline) ? undefined : i18n.t('impact:outcomeForm.problem.baseline'),
    target: !Number.isFinite(target)
      ? i18n.t('impact:outcomeForm.problem.target')
      : Number.isFinite(baseline) && target === baseline
        ? i18n.t('impact:outcomeForm.problem.targetSame')
        : undefined,
    direction:
      follows && follows !== v.direction
        ? follows === 'INCREASE'
          ? i18n.t('impact:outcomeForm.problem.up')
          : i18n.t('impact:outcomeForm.problem.down')
        : undefined,
    dueDate:
      v.dueDate && dueChanged && new Date(endOfDay(v.dueDate)) <= now
        ? i18n.t('impact:outcomeForm.problem.dueDate')
        : undefined,
    valueIds:
      v.valueIds.length === 0
        ? i18n.t('impact:outcomeForm.problem.values')
        : v.valueIds.length > outcomeLimits.values
          ? i18n.t('impact:outcomeForm.problem.tooManyValues', { count: outcomeLimits.values })
          : undefined,
    reason:
      v.reason.length > outcomeLimits.reasonMax
        ? i18n.t('impact:outcomeForm.problem.reason', { max: outcomeLimits.reasonMax })
        : undefined,
  });
}

export interface OutcomeFormProps {
  mode: 'define' | 'revise';
  initial: OutcomeValues;
  /** The values it may serve: the collaboration's, and any it serves already. */
  choices: { id: string; name: string }[];
  /** The metric catalog; picking one sets the unit (and the name, when empty). */
  metrics?: MetricChoice[];
  busy: boolean;
  /** Sends the outcome; resolves to the server's error, if any. */
  onSubmit: (values: OutcomeValues) => Promise<CombinedError | undefined>;
  cancelTo: string;
}

/** An outcome's definition as a form: for defining one, or revising it. */
export function OutcomeForm({ mode, initial, choices, metrics = [], busy, onSubmit, cancelTo }: OutcomeFormProps) {
  const { t } = useTranslation('impact');
  const [values, setValues] = useState<OutcomeValues>(initial);
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState();
  const id = useId();

  const server = formProblems(serverError, fields, { dueAt: 'dueDate', clearDueAt: 'dueDate' });
  const shown = { ...server.fields, ...errors };
  const baseline = parseNumber(values.baseline);
  const target = parseNumber(values.target);
  const follows = directionOf(baseline, target);

  function change<K extends keyof OutcomeValues>(name: K, value: OutcomeValues[K]) {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => withoutProblem(e, name));
  }

  const metric = metrics.find((m) => m.code === values.metricCode);
  function pickMetric(code: string) {
    const m = metrics.find((x) => x.code === code);
    setValues((v) => ({
      ...v,
      metricCode: code,
      ...(m ? { unit: m.unit, name: v.name.trim() ? v.name : m.name } : {}),
    }));
    setErrors((e) => withoutProblem(withoutProblem(e, 'metricCode'), 'unit'));
  }

  function toggleValue(valueId: string, on: boolean) {
    change('valueIds', on ? [...values.valueIds, valueId] : values.valueIds.filter((v) => v !== valueId));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateOutcome(values, { dueChanged: values.dueDate !== initial.dueDate });
    if (!check(found)) return;
    const error = await onSubmit(values);
    if (error) fail(error);
  }

  const unitWord = values.unit.trim() || t('outcomeForm.units');
  return (
    <form
      ref={formRef}
      className={`${fieldStyles.form} ${cardStyles.card}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={mode === 'define' ? t('define.title') : t('outcomeForm.reviseLabel')}
    >
      {metrics.length > 0 && (
        <SelectField
          label={t('outcomeForm.metric')}
          name="metricCode"
          value={values.metricCode ?? ''}
          onChange={(e) => pickMetric(e.target.value)}
          hint={
            metric
              ? t('outcomeForm.metricHint', { definition: metric.definition, unit: metric.unit, name: metric.name })
              : t('outcomeForm.metricHintNone')
          }
          error={shown.metricCode}
        >
          <option value="">{t('outcomeForm.custom')}</option>
          {metrics.map((m) => (
            <option key={m.code} value={m.code}>
              {t('outcomeForm.metricOption', { name: m.name, unit: m.unit })}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        label={t('outcomeForm.name')}
        name="name"
        hint={t('outcomeForm.nameHint')}
        maxLength={outcomeLimits.nameMax}
        value={values.name}
        onChange={(e) => change('name', e.target.value)}
        error={shown.name}
        required
      />
      <TextField
        label={t('outcomeForm.unit')}
        name="unit"
        hint={metric ? t('outcomeForm.unitSet', { name: metric.name }) : t('outcomeForm.unitHint')}
        maxLength={outcomeLimits.unitMax}
        readOnly={!!metric}
        value={values.unit}
        onChange={(e) => change('unit', e.target.value)}
        error={shown.unit}
        required
      />
      <div className={styles.formRow}>
        <TextField
          label={t('progress.baseline')}
          name="baseline"
          inputMode="decimal"
          hint={t('outcomeForm.baselineHint', { unit: unitWord })}
          value={values.baseline}
          onChange={(e) => change('baseline', e.target.value)}
          error={shown.baseline}
          required
        />
        <TextField
          label={t('progress.target')}
          name="target"
          inputMode="decimal"
          hint={t('outcomeForm.targetHint', { unit: unitWord })}
          value={values.target}
          onChange={(e) => change('target', e.target.value)}
          error={shown.target}
          required
        />
      </div>
      <fieldset
        className={`${fieldStyles.field} ${fieldStyles.choiceGroup}`}
        aria-describedby={`${id}-direction-hint${shown.direction ? ` ${id}-direction-error` : ''}`}
      >
        <legend className={fieldStyles.fieldLabel}>{t('outcomeForm.direction')}</legend>
        <p className={fieldStyles.fieldHint} id={`${id}-direction-hint`}>
          {follows
            ? follows === 'INCREASE'
              ? t('outcomeForm.isUp', {
                  baseline: formatWithUnit(baseline, unitWord),
                  target: formatWithUnit(target, unitWord),
                })
              : t('outcomeForm.isDown', {
                  baseline: formatWithUnit(baseline, unitWord),
                  target: formatWithUnit(target, unitWord),
                })
            : t('outcomeForm.directionHint')}
        </p>
        {(['INCREASE', 'DECREASE'] as const).map((d) => (
          <label key={d} className={fieldStyles.choice}>
            <input
              type="radio"
              name="direction"
              value={d}
              checked={values.direction === d}
              onChange={() => change('direction', d)}
              aria-invalid={shown.direction ? true : undefined}
            />
            <span className={fieldStyles.choiceLabel}>
              {d === 'INCREASE' ? t('outcomeForm.increase') : t('outcomeForm.decrease')}
            </span>
          </label>
        ))}
        <FieldError id={`${id}-direction-error`}>{shown.direction}</FieldError>
      </fieldset>
      <TextField
        label={t('outcomeForm.dueDate')}
        name="dueDate"
        type="date"
        optional
        hint={t('outcomeForm.dueDateHint')}
        value={values.dueDate}
        onChange={(e) => change('dueDate', e.target.value)}
        error={shown.dueDate}
      />
      <fieldset
        className={`${fieldStyles.field} ${fieldStyles.choiceGroup}`}
        aria-describedby={`${id}-values-hint${shown.valueIds ? ` ${id}-values-error` : ''}`}
      >
        <legend className={fieldStyles.fieldLabel}>{t('valuesItServes')}</legend>
        <p className={fieldStyles.fieldHint} id={`${id}-values-hint`}>
          {t('outcomeForm.valuesHint', { count: outcomeLimits.values })}
        </p>
        {choices.map((v) => (
          <label key={v.id} className={fieldStyles.choice}>
            <input
              type="checkbox"
              name="valueIds"
              value={v.id}
              checked={values.valueIds.includes(v.id)}
              onChange={(e) => toggleValue(v.id, e.target.checked)}
              aria-invalid={shown.valueIds ? true : undefined}
            />
            <span className={fieldStyles.choiceLabel}>{v.name}</span>
          </label>
        ))}
        <FieldError id={`${id}-values-error`}>{shown.valueIds}</FieldError>
      </fieldset>
      {mode === 'revise' && (
        <TextAreaField
          label={t('outcomeForm.reason')}
          name="reason"
          optional
          hint={t('outcomeForm.reasonHint')}
          rows={3}
          maxLength={outcomeLimits.reasonMax}
          value={values.reason}
          onChange={(e) => change('reason', e.target.value)}
          error={shown.reason}
        />
      )}
      <FormAlert
        problems={server.general}
        title={mode === 'define' ? t('outcomeForm.notDefined') : t('outcomeForm.notRevised')}
      />
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={busy}>
          {mode === 'define' ? t('outcomeForm.define') : t('outcomeForm.save')}
        </Button>
        <Link to={cancelTo}>{t('cancel')}</Link>
      </div>
    </form>
  );
}
