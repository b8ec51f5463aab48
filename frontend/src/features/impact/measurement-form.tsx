import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { Button, FormAlert, TextAreaField, TextField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { compact } from '../../lib/validation';
import { parseNumber } from './outcome-form';
import { localTimeZone } from '../../lib/format';
import { i18n } from '../../lib/i18n';
import styles from './measurement-form.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

/** The API's limits (schema.graphql, RecordMeasurementInput). */
export const measurementLimits = { urlMax: 2000, noteMax: 1000 } as const;

export interface MeasurementValues {
  value: string;
  /** A local date and time (YYYY-MM-DDTHH:mm) in the person's time zone. */
  measuredAt: string;
  evidenceUrl: string;
  evidenceNote: string;
}

const fields = ['value', 'measuredAt', 'evidenceUrl', 'evidenceNote'] as const;

/** An API time as a datetime-local input's value, in the person's time zone. */
export function localDateTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Whether s is a link a person can follow: http or https with a host. */
export function isHttpURL(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** Checks a measurement as the API would: a number, not in the future, with evidence. */
export function validateMeasurement(v: MeasurementValues, now = new Date()): Record<string, string> {
  const url = v.evidenceUrl.trim();
  const note = v.evidenceNote.trim();
  const at = v.measuredAt ? new Date(v.measuredAt) : null;
  return compact({
    value: Number.isFinite(parseNumber(v.value)) ? undefined : i18n.t('impact:measurementForm.problem.value'),
    measuredAt:
      at && Number.isNaN(at.getTime())
        ? i18n.t('impact:measurementForm.problem.when')
        : at && at > now
          ? i18n.t('impact:measurementForm.problem.future')
          : undefined,
    evidenceUrl:
      url === '' && note === ''
        ? i18n.t('impact:measurementForm.problem.evidence')
        : url !== '' && !isHttpURL(url)
          ? i18n.t('impact:measurementForm.problem.link')
          : url.length > measurementLimits.urlMax
            ? i18n.t('impact:measurementForm.problem.linkLong', { max: measurementLimits.urlMax })
            : undefined,
    evidenceNote:
      note.length > measurementLimits.noteMax
        ? i18n.t('impact:measurementForm.problem.note', { max: measurementLimits.noteMax })
        : undefined,
  });
}

export interface MeasurementFormProps {
  unit: string;
  initial: MeasurementValues;
  busy: boolean;
  /** What is being corrected, when this is a correction. */
  correcting?: ReactNode;
  onSubmit: (values: MeasurementValues) => Promise<CombinedError | undefined>;
  cancelTo: string;
}

/** A reading of an outcome with its evidence, or a correction of an earlier one. */
export function MeasurementForm({ unit, initial, busy, correcting, onSubmit, cancelTo }: MeasurementFormProps) {
  const { t } = useTranslation('impact');
  const [values, setValues] = useState<MeasurementValues>(initial);
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState();
  const server = formProblems(serverError, fields);
  const shown = { ...server.fields, ...errors };

  function change<K extends keyof MeasurementValues>(name: K, value: MeasurementValues[K]) {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((errs) => {
      const rest = { ...errs };
      delete rest[name];
      // Evidence is one requirement that either field meets.
      if (name === 'evidenceNote') delete rest.evidenceUrl;
      return rest;
    });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateMeasurement(values);
    if (!check(found)) return;
    const error = await onSubmit(values);
    if (error) fail(error);
  }

  return (
    <form
      ref={formRef}
      className={`${fieldStyles.form} ${cardStyles.card}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={correcting ? t('record.correctTitle') : t('record.title')}
    >
      {correcting}
      <TextField
        label={t('measurementForm.value', { unit })}
        name="value"
        inputMode="decimal"
        hint={correcting ? t('measurementForm.valueHintCorrecting') : t('measurementForm.valueHint')}
        value={values.value}
        onChange={(e) => change('value', e.target.value)}
        error={shown.value}
        required
      />
      <TextField
        label={t('measurementForm.measuredAt')}
        name="measuredAt"
        type="datetime-local"
        hint={t('measurementForm.measuredAtHint', { zone: localTimeZone() })}
        value={values.measuredAt}
        onChange={(e) => change('measuredAt', e.target.value)}
        error={shown.measuredAt}
      />
      <fieldset className={`${fieldStyles.field} ${styles.fieldset}`}>
        <legend className={fieldStyles.fieldLabel}>{t('measurementForm.evidence')}</legend>
        <p className={fieldStyles.fieldHint}>{t('measurementForm.evidenceHint')}</p>
        <TextField
          label={t('measurementForm.link')}
          name="evidenceUrl"
          type="url"
          inputMode="url"
          autoCapitalize="none"
          spellCheck={false}
          optional
          hint={t('measurementForm.linkHint')}
          value={values.evidenceUrl}
          onChange={(e) => change('evidenceUrl', e.target.value)}
          error={shown.evidenceUrl}
        />
        <TextAreaField
          label={t('measurementForm.note')}
          name="evidenceNote"
          optional
          rows={3}
          maxLength={measurementLimits.noteMax}
          value={values.evidenceNote}
          onChange={(e) => change('evidenceNote', e.target.value)}
          error={shown.evidenceNote}
        />
      </fieldset>
      <FormAlert problems={server.general} title={t('measurementForm.notRecorded')} />
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={busy}>
          {correcting ? t('measurementForm.recordCorrection') : t('measurementForm.record')}
        </Button>
        <Link to={cancelTo}>{t('cancel')}</Link>
      </div>
    </form>
  );
}
