import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { Alert, Button, ErrorState, FormAlert, Loading, TextField } from '../../components/ui';
import { formProblems, hasCode } from '../../lib/errors';
import { useFocusFirstInvalid, withoutProblem } from '../../lib/forms';
import { i18n } from '../../lib/i18n';
import { checkEmail, compact } from '../../lib/validation';
import { ChangeEmail } from './api/change-email';
import { GetMyEmail } from './api/get-my-email';
import { EmailStatus } from './email-status';
import styles from './email-section.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const fields = ['email', 'password'] as const;
type Values = Record<(typeof fields)[number], string>;
const empty: Values = { email: '', password: '' };

export function validateChangeEmail(v: Values): Record<string, string> {
  return compact({
    email: checkEmail(v.email),
    password: v.password === '' ? i18n.t('account:passwordRequired') : undefined,
  });
}

/**
 * The viewer's email address: whether it is confirmed, and a change of address, which
 * takes effect once the new address is confirmed from the link mailed to it.
 */
export function EmailSection() {
  const { t } = useTranslation('account');
  const headingId = useId();
  // Fresh from the server each time: the address may have been confirmed on another device.
  const [{ data, fetching: loading, error: loadError }] = useQuery({
    query: GetMyEmail,
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching }, changeEmail] = useMutation(ChangeEmail);
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<CombinedError>();
  const [sentTo, setSentTo] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const formRef = useFocusFirstInvalid(attempt);

  const server = formProblems(serverError, fields);
  const shown = { ...server.fields, ...errors };
  const me = data?.viewer;

  function change(name: keyof Values, value: string) {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => withoutProblem(e, name));
    setSentTo(undefined);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateChangeEmail(values);
    setErrors(found);
    setServerError(undefined);
    setSentTo(undefined);
    if (Object.keys(found).length > 0) {
      setAttempt((a) => a + 1);
      return;
    }
    const result = await changeEmail({
      input: { email: values.email.trim(), password: values.password },
    });
    const person = result.data?.changeEmail.person;
    if (result.error || !person) {
      setServerError(result.error);
      setAttempt((a) => a + 1);
      return;
    }
    setValues(empty);
    setSentTo(person.pendingEmail ?? undefined);
  }

  return (
    <section className={`${cardStyles.card} account-section`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('email.heading')}</h2>
      {loading && !me ? (
        <Loading />
      ) : loadError ? (
        <ErrorState error={loadError} />
      ) : !me?.email ? null : (
        <>
          <EmailStatus email={me.email} verified={me.emailVerified === true} pending={me.pendingEmail ?? null} />
          <form
            ref={formRef}
            className={`${fieldStyles.form} ${styles.form}`}
            onSubmit={(e) => void submit(e)}
            noValidate
            aria-label={t('email.change')}
          >
            {sentTo && (
              <Alert tone="success" title={t('email.checkNew')}>
                <p>{t('email.checkNewText', { email: sentTo })}</p>
              </Alert>
            )}
            <TextField
              label={t('email.newAddress')}
              name="email"
              type="email"
              autoComplete="email"
              autoCapitalize="none"
              spellCheck={false}
              value={values.email}
              onChange={(e) => change('email', e.target.value)}
              error={shown.email}
              required
            />
            <TextField
              label={t('password')}
              name="password"
              type="password"
              autoComplete="current-password"
              value={values.password}
              onChange={(e) => change('password', e.target.value)}
              error={shown.password}
              required
            />
            <FormAlert
              problems={server.general}
              title={hasCode(serverError, 'MAIL_NOT_CONFIGURED') ? t('email.noMail') : t('email.notChanged')}
            />
            <div className={fieldStyles.formActions}>
              <Button type="submit" busy={fetching}>
                {t('email.change')}
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
