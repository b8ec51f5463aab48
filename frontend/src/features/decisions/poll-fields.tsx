import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import { Button, FieldError, SelectField, TextField } from '../../components/ui';
import type { DecisionKind } from '../../gql/graphql';
import { localTimeZone } from '../../lib/format';
import { i18n } from '../../lib/i18n';
import { decisionKinds, pollLimits } from './poll-words';
import styles from './poll-fields.module.css';
import fieldStyles from '../../components/ui/field.module.css';

/** One option as the propose form edits it; a time slot has a start, an end and a zone. */
export interface OptionValues {
  label: string;
  start: string;
  end: string;
  timeZone: string;
}

export const emptyOption = (): OptionValues => ({ label: '', start: '', end: '', timeZone: localTimeZone() });

/** The time zones the browser knows, the person's own first. */
function timeZones(): string[] {
  const own = localTimeZone();
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [own, ...all.filter((z) => z !== own)];
}

/** How the proposal is decided: consent, or one of the polls. */
export function DecisionKindField({ value, onChange }: { value: DecisionKind; onChange: (k: DecisionKind) => void }) {
  const { t } = useTranslation('decisions');
  const id = useId();
  return (
    <fieldset className={`${fieldStyles.field} ${fieldStyles.choiceGroup}`}>
      <legend className={fieldStyles.fieldLabel}>{t('pollFields.how')}</legend>
      {decisionKinds().map((k) => (
        <label key={k.value} className={fieldStyles.choice}>
          <input
            type="radio"
            name="decisionKind"
            value={k.value}
            checked={value === k.value}
            onChange={() => onChange(k.value)}
            aria-describedby={`${id}-${k.value}`}
          />
          <span>
            <span className={fieldStyles.choiceLabel}>{k.label}</span>
            <span className={fieldStyles.choiceHint} id={`${id}-${k.value}`}>
              {k.hint}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * A poll's options: labels, or for a meeting-time poll time slots (a start and an end in a
 * time zone, written as wall-clock times there). From 2 to 20; added and removed in place.
 */
export function PollOptionsField({
  kind,
  options,
  onChange,
  errors,
}: {
  kind: DecisionKind;
  options: OptionValues[];
  onChange: (o: OptionValues[]) => void;
  /** Problems by field name: "options", "options.0.label", "options.1.start"… */
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation('decisions');
  const id = useId();
  const slots = kind === 'MEETING_TIME';
  const zones = slots ? timeZones() : [];
  const set = (i: number, patch: Partial<OptionValues>) =>
    onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <fieldset className={`${fieldStyles.field} ${styles.options}`}>
      <legend className={fieldStyles.fieldLabel}>{slots ? t('pollFields.slots') : t('pollFields.options')}</legend>
      <p className={fieldStyles.fieldHint}>{slots ? t('pollFields.slotsHint') : t('pollFields.optionsHint')}</p>
      <ol className={styles.optionList}>
        {options.map((o, i) => (
          <li key={i} className={styles.option}>
            <TextField
              label={slots ? t('pollFields.slotLabel', { n: i + 1 }) : t('pollFields.option', { n: i + 1 })}
              name={`options.${i}.label`}
              optional={slots}
              value={o.label}
              maxLength={pollLimits.labelMax}
              onChange={(e) => set(i, { label: e.target.value })}
              error={errors[`options.${i}.label`]}
            />
            {slots && (
              <div className={styles.slot}>
                <TextField
                  label={t('pollFields.starts')}
                  name={`options.${i}.start`}
                  type="datetime-local"
                  value={o.start}
                  onChange={(e) => set(i, { start: e.target.value })}
                  error={errors[`options.${i}.start`]}
                />
                <TextField
                  label={t('pollFields.ends')}
                  name={`options.${i}.end`}
                  type="datetime-local"
                  value={o.end}
                  onChange={(e) => set(i, { end: e.target.value })}
                  error={errors[`options.${i}.end`]}
                />
                <SelectField
                  label={t('pollFields.timeZone')}
                  name={`options.${i}.timeZone`}
                  value={o.timeZone}
                  onChange={(e) => set(i, { timeZone: e.target.value })}
                  error={errors[`options.${i}.timeZone`]}
                >
                  {zones.map((z) => (
                    <option key={z} value={z}>
                      {z}
                    </option>
                  ))}
                </SelectField>
              </div>
            )}
            {options.length > pollLimits.minOptions && (
              <Button variant="secondary" size="sm" onClick={() => onChange(options.filter((_, j) => j !== i))}>
                {slots ? t('pollFields.removeSlot', { n: i + 1 }) : t('pollFields.removeOption', { n: i + 1 })}
              </Button>
            )}
          </li>
        ))}
      </ol>
      {options.length < pollLimits.maxOptions && (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => {
            const last = options[options.length - 1];
            onChange([...options, { ...emptyOption(), timeZone: last?.timeZone ?? localTimeZone() }]);
          }}
        >
          {slots ? t('pollFields.addSlot') : t('pollFields.addOption')}
        </Button>
      )}
      <FieldError id={`${id}-error`}>{errors.options}</FieldError>
    </fieldset>
  );
}

/** Checks a poll's options and dots before they are sent; the server stays the authority. */
export function validatePoll(kind: DecisionKind, options: OptionValues[], dots: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (kind === 'CONSENT') return out;
  if (options.length < pollLimits.minOptions) out.options = i18n.t('decisions:pollValidation.tooFew');
  const seen = new Map<string, number>();
  options.forEach((o, i) => {
    const label = o.label.trim();
    if (kind !== 'MEETING_TIME' && label === '')
      out[`options.${i}.label`] = i18n.t('decisions:pollValidation.name', { n: i + 1 });
    if (label !== '') {
      const key = label.toLowerCase();
      if (seen.has(key)) out[`options.${i}.label`] = i18n.t('decisions:pollValidation.same', { n: seen.get(key)! + 1 });
      else seen.set(key, i);
    }
    if (kind === 'MEETING_TIME') {
      if (o.start === '') out[`options.${i}.start`] = i18n.t('decisions:pollValidation.start', { n: i + 1 });
      if (o.end === '') out[`options.${i}.end`] = i18n.t('decisions:pollValidation.end', { n: i + 1 });
      else if (o.start !== '' && o.end <= o.start)
        out[`options.${i}.end`] = i18n.t('decisions:pollValidation.endBeforeStart', { n: i + 1 });
    }
  });
  if (kind === 'DOT_VOTE') {
    const n = Number(dots);
    if (!Number.isInteger(n) || n < pollLimits.minDots || n > pollLimits.maxDots)
      out.dotsPerMember = i18n.t('decisions:pollValidation.dots', {
        min: pollLimits.minDots,
        max: pollLimits.maxDots,
      });
  }
  return out;
}
