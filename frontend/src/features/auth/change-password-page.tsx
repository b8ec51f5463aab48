import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Alert, Button, FormAlert, TextField } from '../../components/ui';
import { SettingsNav } from '../../components/settings-nav';
import { formProblems } from '../../lib/errors';
import { useFormState, withoutProblem } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/use-document-title';
import { checkNewPassword, compact } from '../../lib/validation';
import { NewPasswordFields } from './new-password-fields';
import { ChangePassword } from './api/change-password';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const fields = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Values = Record<(typeof fields)[number], string>;
const empty: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function validateChangePassword(v: Values): Record<string, string> {
  return compact({
    currentPassword: v.currentPassword === '' ? 'Enter the password you use now.' : undefined,
    newPassword: checkNewPassword(v.newPassword),
    confirmPassword:
      v.confirmPassword !== v.newPassword ? 'This does not match the new password.' : undefined,
  });
}

/** Changes the password; the server keeps this session and ends every other one. */
export function ChangePasswordPage() {
  useDocumentTitle('Change password');
  const [{ fetching }, changePassword] = useMutation(ChangePassword);
  const [values, setValues] = useState<Values>(empty);
  const [done, setDone] = useState(false);
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState();

  const server = formProblems(serverError, fields);
  const shown = { ...server.fields, ...errors };

  function change(name: keyof Values, value: string) {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => withoutProblem(e, name));
    setDone(false);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateChangePassword(values);
    setDone(false);
    if (!check(found)) return;
    const result = await changePassword({
      input: {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
        transport: 'COOKIE',
      },
    });
    if (result.error || !result.data) return fail(result.error);
    setValues(empty);
    setDone(true);
  }

  return (
    <div className="narrow">
      <h1>Change your password</h1>
      <SettingsNav />
      <form ref={formRef} className={`${fieldStyles.form} ${cardStyles.card}`} onSubmit={(e) => void submit(e)} noValidate aria-label="Change password">
        {done && (
          <Alert tone="success" title="Your password has been changed">
            You stay logged in here; every other device has been logged out.
          </Alert>
        )}
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={(e) => change('currentPassword', e.target.value)}
          error={shown.currentPassword}
          required
        />
        <NewPasswordFields values={values} errors={shown} onChange={change} />
        <FormAlert problems={server.general} title="Your password was not changed" />
        <div className={fieldStyles.formActions}>
          <Button type="submit" busy={fetching}>
            Change password
          </Button>
        </div>
      </form>
    </div>
  );
}
