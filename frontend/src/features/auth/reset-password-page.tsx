import { Trans, useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { Alert, Button, FormAlert } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFocusFirstInvalid, withoutProblem } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { i18n } from '../../lib/i18n';
import { checkNewPassword, compact } from '../../lib/validation';
import { NewPasswordFields } from './new-password-fields';
import { ResetPassword } from './api/reset-password';
import styles from './account-mail.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const fields = ['newPassword', 'confirmPassword'] as const;
type Values = Record<(typeof fields)[number], string>;

export function validateResetPassword(v: Values): Record<string, string> {
  return compact({
    newPassword: checkNewPassword(v.newPassword),
    confirmPassword: v.confirmPassword !== v.newPassword ? i18n.t('auth:newPassword.mismatch') : undefined,
  });
}

/**
 * Sets a new password with the token of a reset link (`?token=`), then signs in: every
 * other session has ended.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { reset } = useSession();
  const navigate = useNavigate();
  const [{ fetching }, resetPassword] = useMutation(ResetPassword);
  const [values, setValues] = useState<Values>({
    newPassword: '',
    confirmPassword: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<CombinedError>();
  const [attempt, setAttempt] = useState(0);
  const formRef = useFocusFirstInvalid(attempt);

  if (!token) {
    return (
      <div className="narrow">
        <h1>{t('reset.title')}</h1>
        <Alert tone="error" title={t('noToken')}>
          <p>
            <Trans t={t} i18nKey="reset.noTokenText" components={{ a: <Link to={paths.forgotPassword} /> }} />
          </p>
        </Alert>
      </div>
    );
  }

  const server = formProblems(serverError, fields);
  const shown = { ...server.fields, ...errors };
  const badToken = server.general.some((p) => p.field === 'token');

  function change(name: keyof Values, value: string) {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => withoutProblem(e, name));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateResetPassword(values);
    setErrors(found);
    setServerError(undefined);
    if (Object.keys(found).length > 0) {
      setAttempt((a) => a + 1);
      return;
    }
    const result = await resetPassword({
      input: { token, newPassword: values.newPassword, transport: 'COOKIE' },
    });
    const person = result.data?.resetPassword.viewer;
    if (result.error || !person) {
      setServerError(result.error);
      setAttempt((a) => a + 1);
      return;
    }
    reset();
    void navigate(person.values.length === 0 ? paths.onboarding : paths.dashboard, { replace: true });
  }

  return (
    <div className="narrow">
      <h1>{t('reset.title')}</h1>
      <p className={styles.intro}>{t('reset.intro')}</p>
      <form
        ref={formRef}
        className={`${fieldStyles.form} ${cardStyles.card}`}
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={t('reset.title')}
      >
        <NewPasswordFields values={values} errors={shown} onChange={change} />
        <FormAlert problems={server.general} title={t('changePassword.notChanged')} />
        {badToken && (
          <p className={fieldStyles.formAside}>
            <Link to={paths.forgotPassword}>{t('reset.newLink')}</Link>
          </p>
        )}
        <div className={fieldStyles.formActions}>
          <Button type="submit" busy={fetching}>
            {t('reset.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
