import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { Button, FieldError, FormAlert, SelectField, TextAreaField, TextField } from '../../components/ui';
import type { Direction } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { useFormState, withoutProblem } from '../../lib/forms';
import { compact } from '../../lib/validation';
import { formatWithUnit } from '../../lib/format';
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
        ? `Name what you will measure in ${outcomeLimits.nameMin} to ${outcomeLimits.nameMax} characters, such as “Meals shared each month”.`
        : undefined,
    unit:
      unit === ''
        ? 'Say what it is counted in, such as meals, kg or households.'
        : unit.length > outcomeLimits.unitMax
          ? `Keep the unit to ${outcomeLimits.unitMax} characters or fewer.`
          : undefined,
    baseline: Number.isFinite(baseline)
      ? undefined
      : 'Enter where it stands now, as a number (0 if it starts from nothing).',
    target: !Number.isFinite(target)
      ? 'Enter where it should get to, as a number.'
      : Number.isFinite(baseline) && target === baseline
        ? 'The target must differ from the baseline, or there is nothing to measure.'
        : undefined,
    direction:
      follows && follows !== v.direction
        ? follows === 'INCREASE'
          ? 'A target above the baseline means it should go up: choose “Up”, or change the target.'
          : 'A target below the baseline means it should go down: choose “Down”, or change the target.'
        : undefined,
    dueDate:
      v.dueDate && dueChanged && new Date(endOfDay(v.dueDate)) <= now
        ? 'The due date must be in the future.'
        : undefined,
    valueIds:
      v.valueIds.length === 0
        ? 'Choose at least one value it serves.'
        : v.valueIds.length > outcomeLimits.values
          ? `An outcome serves at most ${outcomeLimits.values} values.`
          : undefined,
    reason:
      v.reason.length > outcomeLimits.reasonMax
        ? `Keep the reason to ${outcomeLimits.reasonMax} characters or fewer.`
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

  const unitWord = values.unit.trim() || 'units';
  return (
    <form
      ref={formRef}
      className={`${fieldStyles.form} ${cardStyles.card}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={mode === 'define' ? 'Define an outcome' : 'Revise the outcome'}
    >
      {metrics.length > 0 && (
        <SelectField
          label="Metric"
          name="metricCode"
          value={values.metricCode ?? ''}
          onChange={(e) => pickMetric(e.target.value)}
          hint={
            metric
              ? `${metric.definition} Counted in ${metric.unit}; adds up with other collaborations’ “${metric.name}”.`
              : 'A standard metric adds up across collaborations; a custom one is counted on its own.'
          }
          error={shown.metricCode}
        >
          <option value="">Custom: define your own</option>
          {metrics.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name} ({m.unit})
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        label="What will you measure?"
        name="name"
        hint="A result, not an activity: “Food rescued each month”, “Households off the grid”."
        maxLength={outcomeLimits.nameMax}
        value={values.name}
        onChange={(e) => change('name', e.target.value)}
        error={shown.name}
        required
      />
      <TextField
        label="Unit"
        name="unit"
        hint={
          metric ? `Set by the metric “${metric.name}”.` : 'What it is counted in: meals, kg, trees, kWh per month.'
        }
        maxLength={outcomeLimits.unitMax}
        readOnly={!!metric}
        value={values.unit}
        onChange={(e) => change('unit', e.target.value)}
        error={shown.unit}
        required
      />
      <div className={styles.formRow}>
        <TextField
          label="Baseline"
          name="baseline"
          inputMode="decimal"
          hint={`Where it stands now, in ${unitWord}.`}
          value={values.baseline}
          onChange={(e) => change('baseline', e.target.value)}
          error={shown.baseline}
          required
        />
        <TextField
          label="Target"
          name="target"
          inputMode="decimal"
          hint={`Where it should get to, in ${unitWord}.`}
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
        <legend className={fieldStyles.fieldLabel}>Which way should it go?</legend>
        <p className={fieldStyles.fieldHint} id={`${id}-direction-hint`}>
          {follows
            ? `From ${formatWithUnit(baseline, unitWord)} to ${formatWithUnit(target, unitWord)} is ${follows === 'INCREASE' ? 'up' : 'down'}.`
            : 'Up for more of something good, down for less of something harmful.'}
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
              {d === 'INCREASE' ? 'Up (an increase)' : 'Down (a decrease)'}
            </span>
          </label>
        ))}
        <FieldError id={`${id}-direction-error`}>{shown.direction}</FieldError>
      </fieldset>
      <TextField
        label="Due date"
        name="dueDate"
        type="date"
        optional
        hint="When it should be reached. Without one, any progress counts as on track."
        value={values.dueDate}
        onChange={(e) => change('dueDate', e.target.value)}
        error={shown.dueDate}
      />
      <fieldset
        className={`${fieldStyles.field} ${fieldStyles.choiceGroup}`}
        aria-describedby={`${id}-values-hint${shown.valueIds ? ` ${id}-values-error` : ''}`}
      >
        <legend className={fieldStyles.fieldLabel}>Values it serves</legend>
        <p className={fieldStyles.fieldHint} id={`${id}-values-hint`}>
          Its impact counts toward these values’ pages. Up to {outcomeLimits.values}.
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
          label="Why revise it?"
          name="reason"
          optional
          hint="Kept in the outcome’s history beside the earlier definition."
          rows={3}
          maxLength={outcomeLimits.reasonMax}
          value={values.reason}
          onChange={(e) => change('reason', e.target.value)}
          error={shown.reason}
        />
      )}
      <FormAlert
        problems={server.general}
        title={mode === 'define' ? 'The outcome was not defined' : 'The outcome was not revised'}
      />
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={busy}>
          {mode === 'define' ? 'Define outcome' : 'Save revision'}
        </Button>
        <Link to={cancelTo}>Cancel</Link>
      </div>
    </form>
  );
}
