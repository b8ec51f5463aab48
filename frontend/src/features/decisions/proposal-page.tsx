import { Trans, useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { getFragmentData } from '../../gql';
import { decisionPaths, impactPaths, loginPath, outcomeAnchor, paths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetProposal } from './api/get-proposal';
import { ClosingStatus } from './closing-status';
import { CommentForm } from './comment-form';
import { CommentList, CommentList_connection } from './comment-list';
import { PositionForm } from './position-form';
import { DecisionStatement } from './decision-statement';
import { ParticipationView, ParticipationView_participation } from './participation-view';
import { PositionList } from './position-list';
import { ProposalNeeds } from './proposal-needs';
import { useLiveActivity } from '../../lib/use-live-activity';
import { TallyView, TallyView_tally } from './tally-view';
import { useNow } from './use-now';
import { kindTag, shareWords, statusLabel } from './words';
import { WithdrawButton } from './withdraw-button';
import { PollView_proposal } from './api/poll-view';
import { PollAside } from './poll-aside';
import { PollOptionList, PollResults } from './poll-results';
import { formatDate, formatDateTimeLong } from '../../lib/format';
import shared from './decisions.module.css';
import styles from './proposal-page.module.css';
import cardStyles from '../../components/ui/card.module.css';

/** How often the page asks for the outcome once the closing time has passed. */
const countingPollMs = 3000;

/**
 * One proposal: what it proposes, when it closes, where every member stands, the viewer's
 * own position, the discussion, and once closed the outcome. `:id` is its global ID.
 */
export default function ProposalPage() {
  const { t } = useTranslation('decisions');
  const { slug = '', id = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const { viewer } = useSession();
  const now = useNow(15_000);
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetProposal, variables: { id } });
  const p = data?.node?.__typename === 'Proposal' ? data.node : null;
  useDocumentTitle(p ? p.title : data ? t('notFound') : undefined);

  // The server closes a proposal at its time without anyone clicking; once the time has
  // passed, ask now and then until the outcome is in.
  const counting = p?.status === 'OPEN' && new Date(p.closesAt).getTime() <= now.getTime();
  useEffect(() => {
    if (!counting) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), countingPollMs);
    return () => clearInterval(timer);
  }, [counting, refetch]);

  // Pledges, positions and the close arrive as the collaboration's activity: read again.
  useLiveActivity(p?.collaboration.id, () => refetch({ requestPolicy: 'network-only' }));

  // A notice from the page that sent the person here is said once, not on reload.
  useEffect(() => {
    if (notice) window.history.replaceState({ ...window.history.state, usr: null }, '');
  }, [notice]);

  if (!data && fetching) return <Loading label={t('proposalPage.loading')} />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>{t('proposalPage.heading')}</h1>
        <ErrorState
          error={error}
          title={t('proposalPage.failed')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!p) {
    return (
      <div className="narrow">
        <h1>{t('proposalPage.notFound.heading')}</h1>
        <EmptyState
          title={t('proposalPage.notFound.title')}
          action={
            viewer === null ? (
              <LinkButton to={loginPath(location.pathname)}>{t('decisionsPage.logIn')}</LinkButton>
            ) : (
              <LinkButton to={slug ? decisionPaths.decisions(slug) : paths.home} variant="secondary">
                {t('proposalPage.notFound.decisions')}
              </LinkButton>
            )
          }
        >
          {t('proposalPage.notFound.body')}
        </EmptyState>
      </div>
    );
  }
  const c = p.collaboration;
  if (c.slug !== slug) return <Navigate to={decisionPaths.proposal(c.slug, p.id)} replace />;

  const open = p.status === 'OPEN' && !counting;
  const active = c.viewerMembership?.status === 'ACTIVE' && c.status !== 'ARCHIVED';
  const isAuthor = !!viewer && p.author?.id === viewer.id;
  const isSteward = c.viewerMembership?.status === 'ACTIVE' && c.viewerMembership.role === 'STEWARD';
  const closed = p.status !== 'OPEN' && p.status !== 'WITHDRAWN';
  const members = c.members.filter((m) => m.status === 'ACTIVE' && m.person).map((m) => m.person!);
  const comments = getFragmentData(CommentList_connection, p.comments);
  const poll = getFragmentData(PollView_proposal, p);
  const isPoll = poll.decisionKind !== 'CONSENT';
  const tag = kindTag(p.kind);
  return (
    <article className={styles.proposal}>
      <p className="eyebrow">
        <Link to={decisionPaths.decisions(c.slug)}>{t('proposePage.back', { collaboration: c.title })}</Link>
      </p>
      {notice && <Alert tone="success">{notice}</Alert>}
      <header className={styles.proposalHead}>
        <p className={shared.proposalTags}>
          <span className={`${shared.status} ${shared[`status--${p.status.toLowerCase()}`]}`}>
            {isPoll && p.status === 'ADOPTED' ? t('proposalPage.decided') : statusLabel(p.status)}
          </span>
          {tag && <span className={shared.proposalSummaryKind}>{tag}</span>}
        </p>
        <h1>{p.title}</h1>
        <p className={styles.proposalByline}>
          {p.author ? (
            <Trans
              t={t}
              i18nKey="proposalPage.proposedBy"
              values={{ name: p.author.displayName, date: formatDate(p.createdAt) }}
              components={{
                person: <Link to={decisionPaths.person(p.author.handle)} />,
                time: <time dateTime={p.createdAt} />,
              }}
            />
          ) : (
            <Trans
              t={t}
              i18nKey="proposalPage.proposedOn"
              values={{ date: formatDate(p.createdAt) }}
              components={{ time: <time dateTime={p.createdAt} /> }}
            />
          )}
        </p>
        <ClosingStatus
          status={p.status}
          kind={p.kind}
          closesAt={p.closesAt}
          closedAt={p.closedAt}
          tally={getFragmentData(TallyView_tally, p.tally)}
          reason={p.closingReason}
          poll={isPoll}
          slug={c.slug}
          now={now}
        />
      </header>

      <div className={styles.proposalGrid}>
        <div className={styles.proposalText}>
          {p.body ? (
            <div className={styles.proposalBody}>{p.body}</div>
          ) : (
            <p className="muted">{t('proposalPage.noBody')}</p>
          )}
          {isPoll && !closed && <PollOptionList p={poll} />}
          {isPoll && closed && <PollResults p={poll} slug={c.slug} />}
          <ProposalNeeds
            needs={p.needs}
            status={p.status}
            open={open}
            active={active}
            viewerId={viewer?.id}
            onChange={() => refetch({ requestPolicy: 'network-only' })}
          />
          {closed && (
            <DecisionStatement proposalId={p.id} s={p} canState={(isAuthor || isSteward) && c.status !== 'ARCHIVED'} />
          )}
          {p.kind === 'QUORUM' && p.proposedQuorumShare != null && (
            <section className={shared.goalCompare} aria-labelledby="proposed-quorum-heading">
              <h2 id="proposed-quorum-heading">{t('proposalPage.quorum.heading')}</h2>
              <p>
                <Trans
                  t={t}
                  i18nKey="proposalPage.quorum.body"
                  values={{ share: shareWords(p.proposedQuorumShare), now: shareWords(c.quorumShare) }}
                  components={{ strong: <strong /> }}
                />
              </p>
            </section>
          )}
          {p.kind === 'GOAL' && p.proposedGoal && (
            <section className={shared.goalCompare} aria-labelledby="proposed-goal-heading">
              <h2 id="proposed-goal-heading">{t('proposalPage.goal.heading')}</h2>
              <blockquote className={styles.goalCompareNew}>
                <p>{p.proposedGoal}</p>
              </blockquote>
              {p.status === 'OPEN' && c.goal !== p.proposedGoal && (
                <>
                  <h3>{t('proposalPage.goal.replaces')}</h3>
                  <blockquote className={shared.goalCompareOld}>
                    <p>{c.goal}</p>
                  </blockquote>
                </>
              )}
            </section>
          )}
          {p.kind === 'OUTCOME' && p.proposedOutcome && (
            <section className={shared.goalCompare} aria-labelledby="proposed-outcome-heading">
              <h2 id="proposed-outcome-heading">{t('proposalPage.outcome.heading')}</h2>
              <p>
                {p.proposedOutcome.dueAt ? (
                  <Trans
                    t={t}
                    i18nKey="proposalPage.outcome.rangeBy"
                    values={{
                      name: p.proposedOutcome.name,
                      baseline: p.proposedOutcome.baseline,
                      target: p.proposedOutcome.target,
                      unit: p.proposedOutcome.unit,
                      due: p.proposedOutcome.dueAt ? formatDateTimeLong(p.proposedOutcome.dueAt) : '',
                    }}
                    components={{ strong: <strong /> }}
                  />
                ) : (
                  <Trans
                    t={t}
                    i18nKey="proposalPage.outcome.range"
                    values={{
                      name: p.proposedOutcome.name,
                      baseline: p.proposedOutcome.baseline,
                      target: p.proposedOutcome.target,
                      unit: p.proposedOutcome.unit,
                      due: p.proposedOutcome.dueAt ? formatDateTimeLong(p.proposedOutcome.dueAt) : '',
                    }}
                    components={{ strong: <strong /> }}
                  />
                )}
              </p>
              <p className="muted">
                {p.outcome ? (
                  <Trans
                    t={t}
                    i18nKey="proposalPage.outcome.measured"
                    components={{
                      a: <Link to={`${impactPaths.collaboration(c.slug)}#${outcomeAnchor(p.outcome.id)}`} />,
                    }}
                  />
                ) : p.status === 'ADOPTED' ? (
                  t('proposalPage.outcome.notMeasured')
                ) : p.status === 'OPEN' ? (
                  t('proposalPage.outcome.ifAdopted')
                ) : (
                  t('proposalPage.outcome.notAdopted')
                )}
              </p>
            </section>
          )}
        </div>

        <div className={shared.proposalAside}>
          {isPoll ? (
            <PollAside p={poll} participation={p.participation} anonymous={p.anonymous} open={open} active={active} />
          ) : (
            <>
              <section className={cardStyles.card} aria-labelledby="stand-heading">
                <h2 id="stand-heading">{p.status === 'OPEN' ? t('proposalPage.stand') : t('proposalPage.stood')}</h2>
                <TallyView
                  tally={p.tally}
                  status={counting ? 'OPEN' : p.status}
                  reached={
                    p.participation ? getFragmentData(ParticipationView_participation, p.participation).reached : true
                  }
                />
                {p.participation && (
                  <ParticipationView
                    participation={p.participation}
                    open={p.status === 'OPEN'}
                    anonymous={p.anonymous}
                  />
                )}
                {/* Anonymous: the list would name who has not taken part, so only the viewer's own shows. */}
                {p.anonymous ? (
                  p.viewerPosition && <p className="note">{t('proposalPage.privatePosition')}</p>
                ) : (
                  <PositionList positions={p.positions} members={members} open={p.status === 'OPEN'} />
                )}
              </section>
              {open && active && (
                <section className={cardStyles.card}>
                  <PositionForm key={p.id} proposalId={p.id} current={p.viewerPosition} />
                </section>
              )}
            </>
          )}
          {open && !active && <TakePartNote signedIn={!!viewer} slug={c.slug} here={location.pathname} />}
          {open && isAuthor && <WithdrawButton proposalId={p.id} />}
        </div>

        <section className={styles.proposalDiscussion} aria-labelledby="discussion-heading">
          <h2 id="discussion-heading">
            {t('proposalPage.discussion')} <span className="count">{comments.totalCount}</span>
          </h2>
          <CommentList key={p.id} proposalId={p.id} first={p.comments} open={open} />
          {open && active && <CommentForm proposalId={p.id} />}
        </section>
      </div>
    </article>
  );
}

function TakePartNote({ signedIn, slug, here }: { signedIn: boolean; slug: string; here: string }) {
  const { t } = useTranslation('decisions');
  return (
    <p className="note">
      {signedIn ? (
        <Trans
          t={t}
          i18nKey="proposalPage.takePart.join"
          components={{ a: <Link to={decisionPaths.collaboration(slug)} /> }}
        />
      ) : (
        <Trans t={t} i18nKey="proposalPage.takePart.logIn" components={{ a: <Link to={loginPath(here)} /> }} />
      )}
    </p>
  );
}
