import { Trans, useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { Alert, Badge, Button, FormAlert } from '../../components/ui';
import { problemsOf } from '../../lib/errors';
import { i18n } from '../../lib/i18n';
import { RequestEmailVerification } from './api/request-email-verification';
import styles from './email-section.module.css';

/** What an unconfirmed address keeps a person from; the API's Person.emailVerified says the same. */
export function unverifiedLimits(): string {
  return i18n.t('account:email.unverifiedLimits');
}

/** The address, whether it is confirmed, a change waiting for confirmation, and a new link. */
export function EmailStatus({
  email,
  verified,
  pending,
}: {
  email: string;
  verified: boolean;
  pending: string | null;
}) {
  const { t } = useTranslation('account');
  const [{ fetching }, request] = useMutation(RequestEmailVerification);
  const [sentTo, setSentTo] = useState<string>();
  const [error, setError] = useState<CombinedError>();

  async function resend() {
    setError(undefined);
    setSentTo(undefined);
    const result = await request({});
    if (result.error || !result.data) setError(result.error);
    else setSentTo(result.data.requestEmailVerification.email);
  }

  const waiting = pending !== null || !verified;
  return (
    <div className={styles.status}>
      <p>
        <Trans t={t} i18nKey="email.yourAddress" values={{ email }} components={{ strong: <strong /> }} />{' '}
        {verified ? (
          <Badge tone="success">{t('email.confirmed')}</Badge>
        ) : (
          <Badge tone="warning">{t('email.notConfirmed')}</Badge>
        )}
      </p>
      {pending !== null && (
        <p>
          <Trans t={t} i18nKey="email.changing" values={{ pending, email }} components={{ strong: <strong /> }} />
        </p>
      )}
      {pending === null && !verified && <p>{unverifiedLimits()}</p>}
      {waiting && (
        <Button variant="secondary" busy={fetching} onClick={() => void resend()}>
          {pending !== null ? t('email.resendTo', { pending }) : t('email.resend')}
        </Button>
      )}
      {sentTo && (
        <Alert tone="success" title={t('email.sent')}>
          <p>{t('email.sentText', { email: sentTo })}</p>
        </Alert>
      )}
      <FormAlert problems={problemsOf(error)} title={t('email.notSent')} />
    </div>
  );
}
