import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Alert, Button, FieldError, FormAlert, TextAreaField } from '../../components/ui';
import type { Stance } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { useFormState, withoutProblem } from '../../lib/forms';
import { compact } from '../../lib/validation';
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
    stance: v.stance === '' ? 'Choose agree, abstain, disagree or block.' : undefined,
    reason:
      v.stance === 'BLOCK' && v.reason.trim() === ''
        ? 'A block stops the proposal for everyone: say why, so the others can answer it.'
        : v.reason.length > maxReason
          ? 'Keep the reason to 1,000 characters or fewer.'
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
    <form ref={formRef} className={`${fieldStyles.form} ${shared.positionForm}`} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your position</h2>
      {current && (
        <p className={`muted ${styles.positionFormNow}`}>
          {yourStance[current.stance]} You can change your position until the proposal closes.
        </p>
      )}
      <fieldset
        className={`${fieldStyles.field} ${fieldStyles.choiceGroup}`}
        aria-describedby={shown.stance ? `${id}-stance-error` : undefined}
      >
        <legend className={fieldStyles.fieldLabel}>Your stance</legend>
        {stances.map((s, i) => (
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
        label={blocking ? 'Why do you block it?' : 'Your reason'}
        optional={!blocking}
        required={blocking}
        hint={
          blocking
            ? 'A block rejects the proposal on its own, so the others need to know what would change your mind.'
            : 'Others see it beside your stance.'
        }
        rows={3}
        value={values.reason}
        maxLength={maxReason}
        onChange={(e) => change('reason', e.target.value)}
        error={shown.reason}
      />
      <FormAlert problems={server.general} title="Your position could not be saved" />
      {saved && <Alert tone="success">Your position is saved.</Alert>}
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={fetching}>
          {current ? 'Change my position' : 'Take this position'}
        </Button>
      </div>
    </form>
  );
}
