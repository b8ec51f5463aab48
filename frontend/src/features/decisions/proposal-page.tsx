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
  const { slug = '', id = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const { viewer } = useSession();
  const now = useNow(15_000);
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetProposal, variables: { id } });
  const p = data?.node?.__typename === 'Proposal' ? data.node : null;
  useDocumentTitle(p ? p.title : data ? 'Not found' : undefined);

  // The server closes a proposal at its time without anyone clicking; once the time has
  // passed, ask now and then until the outcome is in.
  const counting = p?.status === 'OPEN' && new Date(p.closesAt).getTime() <= now.getTime();
  useEffect(() => {
    if (!counting) return;
    const t = setInterval(() => refetch({ requestPolicy: 'network-only' }), countingPollMs);
    return () => clearInterval(t);
  }, [counting, refetch]);

  // Pledges, positions and the close arrive as the collaboration's activity: read again.
  useLiveActivity(p?.collaboration.id, () => refetch({ requestPolicy: 'network-only' }));

  // A notice from the page that sent the person here is said once, not on reload.
  useEffect(() => {
    if (notice) window.history.replaceState({ ...window.history.state, usr: null }, '');
  }, [notice]);

  if (!data && fetching) return <Loading label="Loading the proposal…" />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>Proposal</h1>
        <ErrorState
          error={error}
          title="This proposal could not be loaded"
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!p) {
    return (
      <div className="narrow">
        <h1>No proposal here</h1>
        <EmptyState
          title="This proposal was not found"
          action={
            viewer === null ? (
              <LinkButton to={loginPath(location.pathname)}>Log in</LinkButton>
            ) : (
              <LinkButton to={slug ? decisionPaths.decisions(slug) : paths.home} variant="secondary">
                See the decisions
              </LinkButton>
            )
          }
        >
          The link may be wrong, or the proposal belongs to a collaboration you may not see.
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
  return (
    <article className={styles.proposal}>
      <p className="eyebrow">
        <Link to={decisionPaths.decisions(c.slug)}>Decisions in {c.title}</Link>
      </p>
      {notice && <Alert tone="success">{notice}</Alert>}
      <header className={styles.proposalHead}>
        <p className={shared.proposalTags}>
          <span className={`${shared.status} ${shared[`status--${p.status.toLowerCase()}`]}`}>
            {isPoll && p.status === 'ADOPTED' ? 'Decided' : statusLabel[p.status]}
          </span>
          {kindTag[p.kind] && <span className={shared.proposalSummaryKind}>{kindTag[p.kind]}</span>}
        </p>
        <h1>{p.title}</h1>
        <p className={styles.proposalByline}>
          Proposed{' '}
          {p.author && (
            <>
              by <Link to={decisionPaths.person(p.author.handle)}>{p.author.displayName}</Link>{' '}
            </>
          )}
          on <time dateTime={p.createdAt}>{formatDate(p.createdAt)}</time>
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
            <p className="muted">No further explanation was given.</p>
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
              <h2 id="proposed-quorum-heading">The proposed quorum</h2>
              <p>
                For a proposal to decide, <strong>{shareWords(p.proposedQuorumShare)}</strong> of the active members
                (never fewer than two) must take a position. Now: {shareWords(c.quorumShare)}.
              </p>
            </section>
          )}
          {p.kind === 'GOAL' && p.proposedGoal && (
            <section className={shared.goalCompare} aria-labelledby="proposed-goal-heading">
              <h2 id="proposed-goal-heading">The proposed goal</h2>
              <blockquote className={styles.goalCompareNew}>
                <p>{p.proposedGoal}</p>
              </blockquote>
              {p.status === 'OPEN' && c.goal !== p.proposedGoal && (
                <>
                  <h3>It would replace the goal now</h3>
                  <blockquote className={shared.goalCompareOld}>
                    <p>{c.goal}</p>
                  </blockquote>
                </>
              )}
            </section>
          )}
          {p.kind === 'OUTCOME' && p.proposedOutcome && (
            <section className={shared.goalCompare} aria-labelledby="proposed-outcome-heading">
              <h2 id="proposed-outcome-heading">The proposed outcome</h2>
              <p>
                <strong>{p.proposedOutcome.name}</strong>: from {p.proposedOutcome.baseline} to{' '}
                {p.proposedOutcome.target} {p.proposedOutcome.unit}
                {p.proposedOutcome.dueAt ? `, by ${formatDateTimeLong(p.proposedOutcome.dueAt)}` : ''}.
              </p>
              <p className="muted">
                {p.outcome ? (
                  <>
                    Adopted: the collaboration now measures it on{' '}
                    <Link to={`${impactPaths.collaboration(c.slug)}#${outcomeAnchor(p.outcome.id)}`}>
                      its impact page
                    </Link>
                    .
                  </>
                ) : p.status === 'ADOPTED' ? (
                  'Adopted, but not measured: the collaboration could no longer take a new outcome (it is archived, or measures 30 already).'
                ) : p.status === 'OPEN' ? (
                  'If adopted, the collaboration starts measuring it.'
                ) : (
                  'It was not adopted, so it is not measured.'
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
                <h2 id="stand-heading">{p.status === 'OPEN' ? 'Where members stand' : 'Where members stood'}</h2>
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
                  p.viewerPosition && <p className="note">Your position is yours alone to see.</p>
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
            Discussion <span className="count">{comments.totalCount}</span>
          </h2>
          <CommentList key={p.id} proposalId={p.id} first={p.comments} open={open} />
          {open && active && <CommentForm proposalId={p.id} />}
        </section>
      </div>
    </article>
  );
}

function TakePartNote({ signedIn, slug, here }: { signedIn: boolean; slug: string; here: string }) {
  return (
    <p className="note">
      {signedIn ? (
        <>
          Only active members take positions and comment.{' '}
          <Link to={decisionPaths.collaboration(slug)}>Join the collaboration</Link> with a commitment to take part.
        </>
      ) : (
        <>
          <Link to={loginPath(here)}>Log in</Link> to take a position and comment, if you are a member.
        </>
      )}
    </p>
  );
}
