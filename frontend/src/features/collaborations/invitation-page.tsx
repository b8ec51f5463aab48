import { useEffect } from 'react';
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
  useDocumentTitle(inv ? `Invitation to ${inv.title}` : 'Invitation');

  if (!data && fetching) return <Loading />;
  if (!inv) {
    const plain = hasCode(error, 'CONFLICT') || hasCode(error, 'NOT_FOUND');
    return (
      <div className="narrow">
        <h1>This invitation cannot be used</h1>
        {plain ? (
          <EmptyState
            title={problemsOf(error)[0]?.message ?? 'This invitation link is not valid.'}
            action={<LinkButton to={paths.discoverCollaborations}>Discover collaborations</LinkButton>}
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
      <p className="eyebrow">You are invited to join</p>
      <h1>{inv.title}</h1>
      <blockquote className={`${shared.goal} ${styles.goal}`}>
        <p>{inv.goal}</p>
      </blockquote>
      {forNeed && (
        <p className={styles.forNeed}>
          This invitation is for: <strong>{needLabel(forNeed)}</strong>
        </p>
      )}
      {open.length > 0 && (
        <section aria-labelledby="invitation-needs">
          <h2 id="invitation-needs">What it needs</h2>
          <ul className={styles.needs}>
            {open.map((n) => (
              <li key={n.id}>{needLabel(n)}</li>
            ))}
          </ul>
        </section>
      )}
      <p className={styles.expires}>
        The link works until {formatDate(inv.expiresAt)}
        {inv.email ? (
          <>
            , once, for <strong className={styles.address}>{inv.email}</strong>: join with the account of that address.
          </>
        ) : (
          '.'
        )}
      </p>
      {viewer ? (
        <section aria-labelledby="invitation-join">
          <h2 id="invitation-join">Join by committing</h2>
          <p>
            Nobody joins without committing something toward the shared goal. Say what you will give: you are a member
            at once.
          </p>
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
          <p>To join, sign up (or log in) and state your values; then you come back here to commit.</p>
          <div className={styles.actions}>
            <LinkButton
              to={`${paths.signUp}?next=${encodeURIComponent(here)}${inv.email ? `&email=${encodeURIComponent(inv.email)}` : ''}`}
            >
              Sign up to join
            </LinkButton>
            <LinkButton variant="secondary" to={loginPath(here)}>
              Log in
            </LinkButton>
          </div>
        </div>
      ) : (
        <Loading />
      )}
    </div>
  );
}
