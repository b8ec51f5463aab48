import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Alert, Button, FieldError, FormAlert, TextAreaField } from '../../components/ui';
import type { Stance } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { useFormState, withoutProblem } from '../../lib/forms';
import { compact } from '../../lib/validation';
import { formatNumber } from '../../lib/format';
import { i18n } from '../../lib/i18n';
import { SetPosition } from './api/set-position';
import { stances, yourStance } from './words';
import shared from './decisions.module.css';
import styles from './position-form.module.css';
import fieldStyles from '../../components/ui/field.module.css';

export const maxReason = 1000;
const fields = ['stance', 'reason'] as const;

export interface PositionValues {
  stance: Stance | '';
  reason: string;
}

/** Checks a position before it is sent: a stance, and a reason for a block. */
export function validatePosition(v: PositionValues): Record<string, string> {
  return compact({
    stance: v.stance === '' ? i18n.t('decisions:positionForm.errors.stance') : undefined,
    reason:
      v.stance === 'BLOCK' && v.reason.trim() === ''
        ? i18n.t('decisions:positionForm.errors.blockReason')
        : v.reason.length > maxReason
          ? i18n.t('decisions:positionForm.errors.tooLong', { max: formatNumber(maxReason) })
          : undefined,
  });
}

/**
 * The viewer's own position on an open proposal: take it, or change it while the proposal
 * is open. A block needs a reason.
 */
export function PositionForm({
  proposalId,
  current,
}: {
  proposalId: string;
  /** The viewer's position so far, if they took one. */
  current?: { stance: Stance; reason: string } | null;
}) {
  const { t } = useTranslation('decisions');
  const id = useId();
  const [values, setValues] = useState<PositionValues>({
    stance: current?.stance ?? '',
    reason: current?.reason ?? '',
  });
  const [saved, setSaved] = useState(false);
  const { errors, setErrors, serverError, setServerError, formRef, check, fail } = useFormState();
  const [{ fetching }, setPosition] = useMutation(SetPosition);

  const server = formProblems(serverError, fields);
  const shown = { ...server.fields, ...errors };
  const blocking = values.stance === 'BLOCK';

  function change<K extends keyof PositionValues>(name: K, value: PositionValues[K]) {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => withoutProblem(e, name));
    setSaved(false);
    if (server.fields[name]) setServerError(undefined);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validatePosition(values);
    setSaved(false);
    if (!check(found)) return;
    const result = await setPosition({
      input: { proposalId, stance: values.stance as Stance, reason: values.reason.trim() },
    });
    if (result.error || !result.data) return fail(result.error);
    setSaved(true);
  }

  return (
    <form
      ref={formRef}
      className={`${fieldStyles.form} ${shared.positionForm}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('positionForm.heading')}</h2>
      {current && (
        <p className={`muted ${styles.positionFormNow}`}>
          {yourStance(current.stance)} {t('positionForm.canChange')}
        </p>
      )}
      <fieldset
        className={`${fieldStyles.field} ${fieldStyles.choiceGroup}`}
        aria-describedby={shown.stance ? `${id}-stance-error` : undefined}
      >
        <legend className={fieldStyles.fieldLabel}>{t('positionForm.stance')}</legend>
        {stances().map((s, i) => (
          <label key={s.value} className={`${fieldStyles.choice} ${styles[`choice--${s.value.toLowerCase()}`]}`}>
            <input
              type="radio"
              name={`${id}-stance`}
              value={s.value}
              checked={values.stance === s.value}
              onChange={() => change('stance', s.value)}
              aria-describedby={shown.stance ? `${id}-${s.value} ${id}-stance-error` : `${id}-${s.value}`}
              aria-invalid={shown.stance && i === 0 ? true : undefined}
            />
            <span>
              <span className={fieldStyles.choiceLabel}>{s.label}</span>
              <span className={fieldStyles.choiceHint} id={`${id}-${s.value}`}>
                {s.hint}
              </span>
            </span>
          </label>
        ))}
        <FieldError id={`${id}-stance-error`}>{shown.stance}</FieldError>
      </fieldset>
      <TextAreaField
        label={blocking ? t('positionForm.whyBlock') : t('positionForm.reason')}
        optional={!blocking}
        required={blocking}
        hint={blocking ? t('positionForm.blockHint') : t('positionForm.reasonHint')}
        rows={3}
        value={values.reason}
        maxLength={maxReason}
        onChange={(e) => change('reason', e.target.value)}
        error={shown.reason}
      />
      <FormAlert problems={server.general} title={t('positionForm.failed')} />
      {saved && <Alert tone="success">{t('positionForm.saved')}</Alert>}
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={fetching}>
          {current ? t('positionForm.change') : t('positionForm.take')}
        </Button>
      </div>
    </form>
  );
}
