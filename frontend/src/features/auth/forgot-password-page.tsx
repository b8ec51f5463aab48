import { Trans, useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { Alert, Button, FormAlert, TextField } from '../../components/ui';
import { formProblems, hasCode } from '../../lib/errors';
import { useFocusFirstInvalid } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { checkEmail, compact } from '../../lib/validation';
import { RequestPasswordReset } from './api/request-password-reset';
import styles from './account-mail.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

/**
 * Asks for a link to set a new password. The answer never tells whether the address has
 * an account: the page says the same either way.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('forgot.title'));
  const [{ fetching }, request] = useMutation(RequestPasswordReset);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [serverError, setServerError] = useState<CombinedError>();
  const [sentTo, setSentTo] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const formRef = useFocusFirstInvalid(attempt);

  const server = formProblems(serverError, ['email']);
  const shown = error ?? server.fields.email;
  const noMail = hasCode(serverError, 'MAIL_NOT_CONFIGURED');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = compact({ email: checkEmail(email) });
    setError(found.email);
    setServerError(undefined);
    setSentTo(undefined);
    if (found.email) {
      setAttempt((a) => a + 1);
      return;
    }
    const result = await request({ input: { email: email.trim() } });
    if (result.error || !result.data) {
      setServerError(result.error);
      setAttempt((a) => a + 1);
      return;
    }
    setSentTo(result.data.requestPasswordReset.email);
  }

  return (
    <div className="narrow">
      <h1>{t('forgot.heading')}</h1>
      <p className={styles.intro}>{t('forgot.intro')}</p>
      {sentTo ? (
        <Alert tone="success" title={t('forgot.sentTitle')}>
          <p>{t('forgot.sent', { email: sentTo })}</p>
          <p>
            <Link to={paths.logIn}>{t('forgot.backToLogIn')}</Link>
          </p>
        </Alert>
      ) : (
        <form
          ref={formRef}
          className={`${fieldStyles.form} ${cardStyles.card}`}
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-label={t('forgot.formLabel')}
        >
          <TextField
            label={t('forgot.email')}
            name="email"
            type="email"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            value={email}
            onChange={(e) => {
              setEmail(e.target.value);
              setError(undefined);
            }}
            error={shown}
            required
          />
          <FormAlert problems={server.general} title={noMail ? t('forgot.noMail') : t('forgot.notSent')} />
          <div className={fieldStyles.formActions}>
            <Button type="submit" busy={fetching}>
              {t('forgot.submit')}
            </Button>
          </div>
          <p className={fieldStyles.formAside}>
            <Trans t={t} i18nKey="forgot.remembered" components={{ a: <Link to={paths.logIn} /> }} />
          </p>
        </form>
      )}
    </div>
  );
}
