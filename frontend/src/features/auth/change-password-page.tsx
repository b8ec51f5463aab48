import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Alert, Button, FormAlert, TextField } from '../../components/ui';
import { SettingsNav } from '../../components/settings-nav';
import { formProblems } from '../../lib/errors';
import { useFormState, withoutProblem } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/use-document-title';
import { i18n } from '../../lib/i18n';
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
    currentPassword: v.currentPassword === '' ? i18n.t('auth:changePassword.currentRequired') : undefined,
    newPassword: checkNewPassword(v.newPassword),
    confirmPassword: v.confirmPassword !== v.newPassword ? i18n.t('auth:newPassword.mismatch') : undefined,
  });
}

/** Changes the password; the server keeps this session and ends every other one. */
export function ChangePasswordPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('changePassword.title'));
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
      <h1>{t('changePassword.heading')}</h1>
      <SettingsNav />
      <form
        ref={formRef}
        className={`${fieldStyles.form} ${cardStyles.card}`}
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={t('changePassword.title')}
      >
        {done && (
          <Alert tone="success" title={t('changePassword.done')}>
            {t('changePassword.doneText')}
          </Alert>
        )}
        <TextField
          label={t('changePassword.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={(e) => change('currentPassword', e.target.value)}
          error={shown.currentPassword}
          required
        />
        <NewPasswordFields values={values} errors={shown} onChange={change} />
        <FormAlert problems={server.general} title={t('changePassword.notChanged')} />
        <div className={fieldStyles.formActions}>
          <Button type="submit" busy={fetching}>
            {t('changePassword.title')}
          </Button>
        </div>
      </form>
    </div>
  );
}
