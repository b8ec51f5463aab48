import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('account');
  const tok = getFragmentData(AccessTokenItem_token, token);
  const [{ fetching }, revoke] = useMutation(RevokeAccessToken);
  const [confirming, setConfirming] = useState(false);
  const [kept, setKept] = useState(false);
  const [error, setError] = useState<CombinedError>();
  // The list refetches after a revocation; until it has, the mutation's answer counts.
  const [revokedNow, setRevokedNow] = useState<string>();
  const revokedAt = tok.revokedAt ?? revokedNow;
  const questionId = useId();
  const done = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (revokedNow) done.current?.focus();
  }, [revokedNow]);

  async function confirm() {
    setError(undefined);
    const result = await revoke({ input: { accessTokenId: tok.id } });
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
      <h3 className={styles.tokenName}>{tok.name}</h3>
      <p className={styles.tokenMeta}>
        <span className={`${badgeStyles.badge} ${styles.badge} ${styles[`badge--${tok.scope.toLowerCase()}`]}`}>
          {scopeLabel(tok.scope)}
        </span>
        {revokedAt && (
          <span className={`${badgeStyles.badge} ${styles.badge} ${styles['badge--revoked']}`}>
            {t('token.revoked')}
          </span>
        )}
        <span>
          <span className="visually-hidden">{t('token.startsWith')} </span>
          <code>{tok.prefix}…</code>
        </span>
      </p>
      <dl className={styles.tokenFacts}>
        <div>
          <dt>{t('token.created')}</dt>
          <dd>
            <When at={tok.createdAt} />
          </dd>
        </div>
        <div>
          <dt>{t('token.lastUsed')}</dt>
          <dd>{tok.lastUsedAt ? <When at={tok.lastUsedAt} /> : t('token.never')}</dd>
        </div>
        {revokedAt && (
          <div>
            <dt>{t('token.revoked')}</dt>
            <dd>
              <When at={revokedAt} />
            </dd>
          </div>
        )}
      </dl>
      {revokedNow && (
        <Alert ref={done} tone="success">
          {t('token.revokedNow', { name: tok.name })}
        </Alert>
      )}
      {!revokedAt &&
        (confirming ? (
          <div className={styles.tokenConfirm} role="group" aria-labelledby={questionId}>
            <p id={questionId}>
              <Trans t={t} i18nKey="token.confirm" values={{ name: tok.name }} components={{ strong: <strong /> }} />
            </p>
            <FormAlert problems={problemsOf(error)} title={t('token.notRevoked')} />
            <div className={fieldStyles.formActions}>
              <Button variant="danger" size="sm" busy={fetching} onClick={() => void confirm()}>
                {t('token.revokeToken')}
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
                {t('token.keep')}
              </Button>
            </div>
          </div>
        ) : (
          <div className={fieldStyles.formActions}>
            <Button
              variant="secondary"
              size="sm"
              autoFocus={kept}
              aria-label={t('token.revokeName', { name: tok.name })}
              onClick={() => setConfirming(true)}
            >
              {t('token.revoke')}
            </Button>
          </div>
        ))}
    </li>
  );
}
