import { useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { hasCode, problemsOf } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { loginPath, paths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { JoinForm } from './join-page';
import { needLabel } from '../../lib/need-draft';
import { GetInvitation } from './api/get-invitation';
import shared from './collaborations.module.css';
import styles from './invitation-page.module.css';

/** Where an invitation link leads: `/invite/:token`. */
export const invitationPath = (token: string) => `/invite/${encodeURIComponent(token)}`;

/**
 * An invitation link followed: what the collaboration is about and needs, even when it is
 * private, and joining it by committing, without waiting for a steward. A link expired,
 * withdrawn or used up says so and shows nothing more.
 */
export function InvitationPage() {
  const { t } = useTranslation('collaborations');
  const { token = '' } = useParams();
  const { viewer } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetInvitation,
    variables: { token },
  });
  const inv = data?.invitation;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  // A notice from onboarding is said once, not on reload.
  useEffect(() => {
    if (notice) window.history.replaceState({ ...window.history.state, usr: null }, '');
  }, [notice]);
  useDocumentTitle(inv ? t('invitation.titleTo', { title: inv.title }) : t('invitation.title'));

  if (!data && fetching) return <Loading />;
  if (!inv) {
    const plain = hasCode(error, 'CONFLICT') || hasCode(error, 'NOT_FOUND');
    return (
      <div className="narrow">
        <h1>{t('invitation.unusable')}</h1>
        {plain ? (
          <EmptyState
            title={problemsOf(error)[0]?.message ?? t('invitation.invalid')}
            action={<LinkButton to={paths.discoverCollaborations}>{t('layout.discover')}</LinkButton>}
          />
        ) : (
          error && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        )}
      </div>
    );
  }
  const here = invitationPath(token);
  const open = inv.needs.filter((n) => !n.filled);
  const needs = open.map((n) => ({
    key: n.id,
    label: needLabel(n),
    quantity: n.quantity,
  }));
  const forNeed = inv.need ? open.find((n) => n.id === inv.need?.id) : undefined;
  return (
    <div className={`narrow ${styles.page}`}>
      {notice && <Alert tone="success">{notice}</Alert>}
      <p className="eyebrow">{t('invitation.eyebrow')}</p>
      <h1>{inv.title}</h1>
      <blockquote className={`${shared.goal} ${styles.goal}`}>
        <p>{inv.goal}</p>
      </blockquote>
      {forNeed && (
        <p className={styles.forNeed}>
          <Trans
            t={t}
            i18nKey="invitation.forNeed"
            values={{ need: needLabel(forNeed) }}
            components={{ strong: <strong /> }}
          />
        </p>
      )}
      {open.length > 0 && (
        <section aria-labelledby="invitation-needs">
          <h2 id="invitation-needs">{t('invitation.needs')}</h2>
          <ul className={styles.needs}>
            {open.map((n) => (
              <li key={n.id}>{needLabel(n)}</li>
            ))}
          </ul>
        </section>
      )}
      <p className={styles.expires}>
        {inv.email ? (
          <Trans
            t={t}
            i18nKey="invitation.expiresFor"
            values={{ date: formatDate(inv.expiresAt), email: inv.email }}
            components={{ address: <strong className={styles.address} /> }}
          />
        ) : (
          t('invitation.expires', { date: formatDate(inv.expiresAt) })
        )}
      </p>
      {viewer ? (
        <section aria-labelledby="invitation-join">
          <h2 id="invitation-join">{t('viewerPanel.joinByCommitting')}</h2>
          <p>{t('invitation.lede')}</p>
          <JoinForm
            collaborationId={inv.collaborationId}
            token={token}
            mode="link"
            needs={needs}
            back={paths.collaboration(inv.slug)}
            initialNeed={forNeed?.id ?? ''}
          />
        </section>
      ) : viewer === null ? (
        <div className={styles.signIn}>
          <p>{t('invitation.signIn')}</p>
          <div className={styles.actions}>
            <LinkButton
              to={`${paths.signUp}?next=${encodeURIComponent(here)}${inv.email ? `&email=${encodeURIComponent(inv.email)}` : ''}`}
            >
              {t('invitation.signUp')}
            </LinkButton>
            <LinkButton variant="secondary" to={loginPath(here)}>
              {t('invitation.logIn')}
            </LinkButton>
          </div>
        </div>
      ) : (
        <Loading />
      )}
    </div>
  );
}
