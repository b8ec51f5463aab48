import { useEffect, useId, useRef, useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { Alert, Button, FormAlert } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { problemsOf } from '../../lib/errors';
import { RevokeAccessToken } from './api/revoke-access-token';
import { scopeLabel } from './scopes';
import { formatDateTime } from '../../lib/format';
import styles from './account.module.css';
import badgeStyles from '../../components/ui/badge.module.css';
import fieldStyles from '../../components/ui/field.module.css';
import cardStyles from '../../components/ui/card.module.css';

export const AccessTokenItem_token = graphql(`
  fragment AccessTokenItem_token on AccessToken {
    id
    name
    prefix
    scope
    createdAt
    lastUsedAt
    revokedAt
  }
`);

function When({ at }: { at: string }) {
  return <time dateTime={at}>{formatDateTime(at)}</time>;
}

/**
 * One of the viewer's tokens: what it is and when it was used, and a revoke button that
 * asks first. Focus stays with the person: on the question, back on the button when
 * they keep the token, on the confirmation once it is revoked.
 */
export function AccessTokenItem({ token }: { token: FragmentType<typeof AccessTokenItem_token> }) {
  const t = getFragmentData(AccessTokenItem_token, token);
  const [{ fetching }, revoke] = useMutation(RevokeAccessToken);
  const [confirming, setConfirming] = useState(false);
  const [kept, setKept] = useState(false);
  const [error, setError] = useState<CombinedError>();
  // The list refetches after a revocation; until it has, the mutation's answer counts.
  const [revokedNow, setRevokedNow] = useState<string>();
  const revokedAt = t.revokedAt ?? revokedNow;
  const questionId = useId();
  const done = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (revokedNow) done.current?.focus();
  }, [revokedNow]);

  async function confirm() {
    setError(undefined);
    const result = await revoke({ input: { accessTokenId: t.id } });
    const revoked = result.data?.revokeAccessToken.accessToken;
    if (result.error || !revoked) {
      setError(result.error);
      return;
    }
    setConfirming(false);
    setRevokedNow(getFragmentData(AccessTokenItem_token, revoked).revokedAt ?? new Date().toISOString());
  }

  return (
    <li className={`${cardStyles.card} ${styles.token}${revokedAt ? ` ${styles.tokenRevoked}` : ''}`}>
      <h3 className={styles.tokenName}>{t.name}</h3>
      <p className={styles.tokenMeta}>
        <span className={`${badgeStyles.badge} ${styles.badge} ${styles[`badge--${t.scope.toLowerCase()}`]}`}>{scopeLabel(t.scope)}</span>
        {revokedAt && <span className={`${badgeStyles.badge} ${styles.badge} ${styles['badge--revoked']}`}>Revoked</span>}
        <span>
          <span className="visually-hidden">Starts with </span>
          <code>{t.prefix}…</code>
        </span>
      </p>
      <dl className={styles.tokenFacts}>
        <div>
          <dt>Created</dt>
          <dd>
            <When at={t.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Last used</dt>
          <dd>{t.lastUsedAt ? <When at={t.lastUsedAt} /> : 'Never'}</dd>
        </div>
        {revokedAt && (
          <div>
            <dt>Revoked</dt>
            <dd>
              <When at={revokedAt} />
            </dd>
          </div>
        )}
      </dl>
      {revokedNow && (
        <Alert ref={done} tone="success">
          “{t.name}” is revoked. Clients using it can no longer reach Kindred.
        </Alert>
      )}
      {!revokedAt &&
        (confirming ? (
          <div className={styles.tokenConfirm} role="group" aria-labelledby={questionId}>
            <p id={questionId}>
              <strong>Revoke “{t.name}”?</strong> Every client using it stops working at once.
              This cannot be undone.
            </p>
            <FormAlert problems={problemsOf(error)} title="The token was not revoked" />
            <div className={fieldStyles.formActions}>
              <Button variant="danger" size="sm" busy={fetching} onClick={() => void confirm()}>
                Revoke token
              </Button>
              <Button
                variant="secondary"
                size="sm"
                autoFocus
                disabled={fetching}
                onClick={() => {
                  setConfirming(false);
                  setKept(true);
                  setError(undefined);
                }}
              >
                Keep it
              </Button>
            </div>
          </div>
        ) : (
          <div className={fieldStyles.formActions}>
            <Button
              variant="secondary"
              size="sm"
              autoFocus={kept}
              aria-label={`Revoke “${t.name}”`}
              onClick={() => setConfirming(true)}
            >
              Revoke
            </Button>
          </div>
        ))}
    </li>
  );
}
