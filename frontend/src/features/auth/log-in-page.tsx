import { Trans, useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { Alert, Button, FormAlert, TextField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { paths, safeNext } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { compact } from '../../lib/validation';
import { LogIn } from './api/log-in';
import { SignedInNotice } from './signed-in-notice';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const fields = ['login', 'password'] as const;

/**
 * Signs in with cookies and returns to where the person was (`?next=`), else to their
 * dashboard (what waits for them), or to choosing values if they have none yet.
 */
export function LogInPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('logIn.title'));
  const { viewer, reset } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const expired = params.get('expired') === '1';
  const [{ fetching }, logIn] = useMutation(LogIn);
  const [values, setValues] = useState({ login: '', password: '' });
  const { errors, serverError, formRef, check, fail } = useFormState();

  if (viewer && !fetching) return <SignedInNotice handle={viewer.handle} />;

  const server = formProblems(serverError, fields);
  const shown = { ...server.fields, ...errors };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = compact({
      login: values.login.trim() === '' ? t('logIn.loginRequired') : undefined,
      password: values.password === '' ? t('logIn.passwordRequired') : undefined,
    });
    if (!check(found)) return;
    const result = await logIn({
      input: { login: values.login.trim(), password: values.password, transport: 'COOKIE' },
    });
    const person = result.data?.logIn.viewer;
    if (result.error || !person) return fail(result.error);
    reset();
    void navigate(next ?? (person.values.length === 0 ? paths.onboarding : paths.dashboard), {
      replace: true,
    });
  }

  return (
    <div className="narrow">
      <h1>{t('logIn.title')}</h1>
      {expired ? (
        <Alert tone="info" title={t('logIn.expired')}>
          {t('logIn.expiredText')}
        </Alert>
      ) : (
        next && <Alert tone="info">{t('logIn.toContinue')}</Alert>
      )}
      <form
        ref={formRef}
        className={`${fieldStyles.form} ${cardStyles.card}`}
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={t('logIn.title')}
      >
        <TextField
          label={t('logIn.login')}
          name="login"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={values.login}
          onChange={(e) => setValues((v) => ({ ...v, login: e.target.value }))}
          error={shown.login}
          required
        />
        <TextField
          label={t('logIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(e) => setValues((v) => ({ ...v, password: e.target.value }))}
          error={shown.password}
          required
        />
        <FormAlert problems={server.general} title={t('logIn.failed')} />
        <div className={fieldStyles.formActions}>
          <Button type="submit" busy={fetching}>
            {t('logIn.title')}
          </Button>
        </div>
        <p className={fieldStyles.formAside}>
          <Link to={paths.forgotPassword}>{t('logIn.forgot')}</Link>
        </p>
        <p className={fieldStyles.formAside}>
          <Trans t={t} i18nKey="logIn.newHere" components={{ a: <Link to={paths.signUp} /> }} />
        </p>
      </form>
    </div>
  );
}
