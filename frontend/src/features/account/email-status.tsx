import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { Alert, Badge, Button, FormAlert } from '../../components/ui';
import { problemsOf } from '../../lib/errors';
import { RequestEmailVerification } from './api/request-email-verification';
import styles from './email-section.module.css';

/** What an unconfirmed address keeps a person from; the API's Person.emailVerified says the same. */
export const unverifiedLimits =
  'Until you confirm it, Kindred mails you nothing but mail about your account: no notifications or digests, and invitations by email do not find you.';

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
        Your address: <strong>{email}</strong>{' '}
        {verified ? <Badge tone="success">Confirmed</Badge> : <Badge tone="warning">Not confirmed</Badge>}
      </p>
      {pending !== null && (
        <p>
          Changing to <strong>{pending}</strong>: follow the link mailed there to make the change. Until then
          Kindred keeps using {email}.
        </p>
      )}
      {pending === null && !verified && <p>{unverifiedLimits}</p>}
      {waiting && (
        <Button variant="secondary" busy={fetching} onClick={() => void resend()}>
          {pending !== null ? `Mail the link to ${pending} again` : 'Mail me a new link'}
        </Button>
      )}
      {sentTo && (
        <Alert tone="success" title="Link sent">
          <p>A new link is on its way to {sentTo}.</p>
        </Alert>
      )}
      <FormAlert problems={problemsOf(error)} title="We could not send the link" />
    </div>
  );
}
