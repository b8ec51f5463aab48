import { Trans, useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { Button, FormAlert, TextField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { localTimeZone } from '../../lib/format';
import { useFormState, withoutProblem } from '../../lib/forms';
import { paths, safeNext } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import {
  checkDisplayName,
  checkEmail,
  checkHandle,
  checkNewPassword,
  compact,
  passwordMin,
} from '../../lib/validation';
import { SignedInNotice } from './signed-in-notice';
import { SignUp } from './api/sign-up';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const fields = ['displayName', 'handle', 'email', 'password'] as const;
type Values = Record<(typeof fields)[number], string>;

export function validateSignUp(v: Values): Record<string, string> {
  return compact({
    displayName: checkDisplayName(v.displayName),
    handle: checkHandle(v.handle),
    email: checkEmail(v.email),
    password: checkNewPassword(v.password),
  });
}

/** Creates an account and signs in with cookies, then goes on to choosing values. */
export function SignUpPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('signUp.title'));
  const { viewer, reset } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next')) ?? undefined;
  const [{ fetching }, signUp] = useMutation(SignUp);
  // An invitation by email fills in the address it was mailed to.
  const [values, setValues] = useState<Values>({
    displayName: '',
    handle: '',
    email: params.get('email') ?? '',
    password: '',
  });
  const { errors, setErrors, serverError, setServerError, formRef, check, fail } = useFormState();

  if (viewer) return <SignedInNotice handle={viewer.handle} />;

  const server = formProblems(serverError, fields);
  const shown = { ...server.fields, ...errors };

  function change(name: keyof Values, value: string) {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => withoutProblem(e, name));
    if (server.fields[name]) setServerError(undefined);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateSignUp(values);
    if (!check(found)) return;
    const result = await signUp({
      input: {
        handle: values.handle,
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        password: values.password,
        transport: 'COOKIE',
        // Digests go out by the person's clock; they can change it in their settings.
        timeZone: localTimeZone(),
      },
    });
    if (result.error || !result.data) return fail(result.error);
    reset();
    // An invitation followed before signing up waits until the values are stated.
    void navigate(paths.onboarding, { state: { welcome: true, next } });
  }

  return (
    <div className="narrow">
      <h1>{t('signUp.heading')}</h1>
      <p className="lede">{t('signUp.lede')}</p>
      <form
        ref={formRef}
        className={`${fieldStyles.form} ${cardStyles.card}`}
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={t('signUp.title')}
      >
        <TextField
          label={t('signUp.name')}
          name="displayName"
          autoComplete="name"
          hint={t('signUp.nameHint')}
          value={values.displayName}
          onChange={(e) => change('displayName', e.target.value)}
          error={shown.displayName}
          required
        />
        <TextField
          label={t('signUp.handle')}
          name="handle"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          hint={t('signUp.handleHint')}
          value={values.handle}
          onChange={(e) => change('handle', e.target.value.toLowerCase())}
          error={shown.handle}
          required
        />
        <TextField
          label={t('signUp.email')}
          name="email"
          type="email"
          autoComplete="email"
          hint={t('signUp.emailHint')}
          value={values.email}
          onChange={(e) => change('email', e.target.value)}
          error={shown.email}
          required
        />
        <TextField
          label={t('signUp.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={t('signUp.passwordHint', { min: passwordMin })}
          value={values.password}
          onChange={(e) => change('password', e.target.value)}
          error={shown.password}
          required
        />
        <FormAlert problems={server.general} title={t('signUp.failed')} />
        <div className={fieldStyles.formActions}>
          <Button type="submit" busy={fetching}>
            {t('signUp.submit')}
          </Button>
        </div>
        <p className={fieldStyles.formAside}>
          <Trans t={t} i18nKey="signUp.member" components={{ a: <Link to={paths.logIn} /> }} />
        </p>
      </form>
    </div>
  );
}
