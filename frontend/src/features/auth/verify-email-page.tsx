import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { Alert, FormAlert, Loading } from '../../components/ui';
import { problemsOf } from '../../lib/errors';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { VerifyEmail } from './api/verify-email';

/**
 * Confirms an email address with the token of the link mailed to it (`?token=`), as soon
 * as the page opens; no session is needed, the link may be opened on another device.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('verify.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { viewer } = useSession();
  const [, verify] = useMutation(VerifyEmail);
  const [confirmed, setConfirmed] = useState<string>();
  const [error, setError] = useState<CombinedError>();
  // Once per token, even when effects run twice (React's strict mode): a token works once.
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (!token || sent.current === token) return;
    sent.current = token;
    void verify({ input: { token } }).then((result) => {
      if (result.error || !result.data) {
        setError(result.error);
        return;
      }
      // No session reset here: it would start the page afresh and send the token again.
      setConfirmed(result.data.verifyEmail.email);
    });
  }, [token, verify]);

  const next = viewer ? paths.account : paths.logIn;
  return (
    <div className="narrow">
      <h1>{t('verify.title')}</h1>
      {!token ? (
        <Alert tone="error" title={t('noToken')}>
          <p>{t('verify.noTokenText')}</p>
        </Alert>
      ) : confirmed ? (
        <Alert tone="success" title={t('verify.confirmed')}>
          <p>{t('verify.confirmedText', { email: confirmed })}</p>
          <p>
            <Link to={next}>{viewer ? t('verify.backToAccount') : t('logIn.title')}</Link>
          </p>
        </Alert>
      ) : error ? (
        <>
          <FormAlert problems={problemsOf(error)} title={t('verify.failed')} />
          <p>
            <Link to={paths.account}>{t('verify.newLink')}</Link>
          </p>
        </>
      ) : (
        <Loading label={t('verify.loading')} />
      )}
    </div>
  );
}
