import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Button, FieldError, FormAlert, TextField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFormState, withoutProblem } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { compact } from '../../lib/validation';
import { DeleteAccount } from './api/delete-account';
import styles from './account.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

interface Values {
  password: string;
  understood: boolean;
}

export function validateDeleteAccount(v: Values): Record<string, string> {
  return compact({
    password: v.password === '' ? 'Enter your password to confirm it is you.' : undefined,
    understood: v.understood ? undefined : 'Tick this to confirm you want your account deleted.',
  });
}

/** The notice the home page shows once the account is gone. */
export const deletedNotice =
  'Your account has been deleted and you are logged out. Thank you for the good you did here.';

/**
 * Deletes the account once the person has given their password and ticked that they
 * understand; then the session is over, so the app starts afresh on the home page.
 */
export function DeleteAccountForm() {
  const headingId = useId();
  const checkId = useId();
  const { reset } = useSession();
  const navigate = useNavigate();
  const [{ fetching }, deleteAccount] = useMutation(DeleteAccount);
  const [values, setValues] = useState<Values>({ password: '', understood: false });
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState();

  const server = formProblems(serverError, ['password']);
  const shown = { ...server.fields, ...errors };

  function change<K extends keyof Values>(name: K, value: Values[K]) {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => withoutProblem(e, name));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateDeleteAccount(values);
    if (!check(found)) return;
    const result = await deleteAccount({ input: { password: values.password } });
    if (result.error || !result.data?.deleteAccount.deleted) return fail(result.error);
    // The server has ended the session; forget everything this one saw.
    reset();
    void navigate(paths.home, { replace: true, state: { notice: deletedNotice } });
  }

  return (
    <form
      ref={formRef}
      className={`${fieldStyles.form} ${cardStyles.card} ${styles.dangerZone}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>Delete my account</h2>
      <div className={styles.dangerZoneText}>
        <p>
          <strong>This cannot be undone.</strong> Download your data first if you want to keep
          it.
        </p>
        <p className={styles.dangerZoneLabel}>What is removed</p>
        <ul>
          <li>Your profile: name, handle, bio, location and skills.</li>
          <li>Your email address and password.</li>
          <li>Your values and what you wrote about them.</li>
          <li>Every session and access token: you are logged out everywhere.</li>
        </ul>
        <p className={styles.dangerZoneLabel}>What stays, as “a former member”</p>
        <ul>
          <li>
            What others’ records rely on: ledger entries of what you gave, commitments that were
            binding, your positions on proposals, comments and measurements. They no longer show
            your name.
          </li>
        </ul>
        <p>
          If you are the last steward of a collaboration, make someone else a steward first.
        </p>
      </div>
      <TextField
        label="Your password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={values.password}
        onChange={(e) => change('password', e.target.value)}
        error={shown.password}
        required
      />
      <div className={`${fieldStyles.field} ${fieldStyles.fieldCheck}`}>
        <input
          id={checkId}
          type="checkbox"
          className={fieldStyles.checkbox}
          name="understood"
          checked={values.understood}
          onChange={(e) => change('understood', e.target.checked)}
          aria-invalid={shown.understood ? true : undefined}
          aria-describedby={shown.understood ? `${checkId}-error` : undefined}
          required
        />
        <div>
          <label htmlFor={checkId} className={fieldStyles.fieldLabel}>
            I understand that my account will be deleted for good.
          </label>
          <FieldError id={`${checkId}-error`}>{shown.understood}</FieldError>
        </div>
      </div>
      <FormAlert problems={server.general} title="Your account was not deleted" />
      <div className={fieldStyles.formActions}>
        <Button type="submit" variant="danger" busy={fetching}>
          Delete my account
        </Button>
      </div>
    </form>
  );
}
