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
  useDocumentTitle('Forgot your password');
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
      <h1>Forgot your password?</h1>
      <p className={styles.intro}>
        Give the email address of your account and Kindred mails you a link to choose a new password. The link
        works once, for an hour.
      </p>
      {sentTo ? (
        <Alert tone="success" title="Check your mail">
          <p>
            If {sentTo} belongs to a Kindred account, a link to choose a new password is on its way. It can
            take a few minutes; look in your spam folder too.
          </p>
          <p>
            <Link to={paths.logIn}>Back to log in</Link>
          </p>
        </Alert>
      ) : (
        <form
          ref={formRef}
          className={`${fieldStyles.form} ${cardStyles.card}`}
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-label="Forgot password"
        >
          <TextField
            label="Email"
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
          <FormAlert
            problems={server.general}
            title={noMail ? 'Mail is not configured on this server' : 'We could not send the link'}
          />
          <div className={fieldStyles.formActions}>
            <Button type="submit" busy={fetching}>
              Mail me a link
            </Button>
          </div>
          <p className={fieldStyles.formAside}>
            Remembered it? <Link to={paths.logIn}>Log in</Link>
          </p>
        </form>
      )}
    </div>
  );
}
