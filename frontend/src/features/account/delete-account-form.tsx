import { Trans, useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Button, FieldError, FormAlert, TextField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFormState, withoutProblem } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { i18n } from '../../lib/i18n';
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
    password: v.password === '' ? i18n.t('account:passwordRequired') : undefined,
    understood: v.understood ? undefined : i18n.t('account:delete.understoodRequired'),
  });
}

/** The notice the home page shows once the account is gone, as English says it (the unit test's reference). */
export const deletedNotice =
  'Your account has been deleted and you are logged out. Thank you for the good you did here.';

/**
 * Deletes the account once the person has given their password and ticked that they
 * understand; then the session is over, so the app starts afresh on the home page.
 */
export function DeleteAccountForm() {
  const { t } = useTranslation('account');
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
    void navigate(paths.home, { replace: true, state: { notice: t('delete.notice') } });
  }

  return (
    <form
      ref={formRef}
      className={`${fieldStyles.form} ${cardStyles.card} ${styles.dangerZone}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('delete.heading')}</h2>
      <div className={styles.dangerZoneText}>
        <p>
          <Trans t={t} i18nKey="delete.cannotUndo" components={{ strong: <strong /> }} />
        </p>
        <p className={styles.dangerZoneLabel}>{t('delete.removed')}</p>
        <ul>
          <li>{t('delete.removedProfile')}</li>
          <li>{t('delete.removedEmail')}</li>
          <li>{t('delete.removedValues')}</li>
          <li>{t('delete.removedSessions')}</li>
        </ul>
        <p className={styles.dangerZoneLabel}>{t('delete.stays')}</p>
        <ul>
          <li>{t('delete.staysRecords')}</li>
        </ul>
        <p>{t('delete.lastSteward')}</p>
      </div>
      <TextField
        label={t('delete.password')}
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
            {t('delete.understood')}
          </label>
          <FieldError id={`${checkId}-error`}>{shown.understood}</FieldError>
        </div>
      </div>
      <FormAlert problems={server.general} title={t('delete.notDeleted')} />
      <div className={fieldStyles.formActions}>
        <Button type="submit" variant="danger" busy={fetching}>
          {t('delete.heading')}
        </Button>
      </div>
    </form>
  );
}
