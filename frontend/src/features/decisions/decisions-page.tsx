import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import type { ProposalStatus } from '../../gql/graphql';
import { decisionPaths, loginPath, paths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ActivityList } from './activity-list';
import { GetDecisions } from './api/get-decisions';
import { CommitteeSignal } from './committee-signal';
import { GoalHistory } from '../../components/goal-history';
import { CurrentGoal } from './current-goal';
import { ProposalList } from './proposal-list';
import { useNow } from './use-now';
import styles from './decisions-page.module.css';
import shared from './decisions.module.css';

const filters: { value: ProposalStatus | null; label: string; param: string }[] = [
  { value: null, label: 'All', param: '' },
  { value: 'OPEN', label: 'Open', param: 'open' },
  { value: 'ADOPTED', label: 'Adopted', param: 'adopted' },
  { value: 'REJECTED', label: 'Rejected', param: 'rejected' },
  { value: 'WITHDRAWN', label: 'Withdrawn', param: 'withdrawn' },
];

const emptyWords: Record<string, { title: string; body: string }> = {
  '': {
    title: 'No proposals yet',
    body: 'Propose a new goal, an outcome to aim for, or anything else the members should decide together.',
  },
  open: { title: 'No proposal is open', body: 'Nothing waits for a position. Propose something, or see what was decided.' },
  adopted: { title: 'Nothing has been adopted yet', body: 'Adopted proposals show here once they close.' },
  rejected: { title: 'Nothing has been rejected', body: 'Rejected proposals show here once they close.' },
  withdrawn: { title: 'Nothing has been withdrawn', body: 'Proposals their authors withdrew show here.' },
};

/**
 * Deciding together in one collaboration: the goal and its history, the proposals with a
 * status filter, the committee signal and the activity list.
 */
export default function DecisionsPage() {
  const { slug = '' } = useParams();
  const location = useLocation();
  const [search] = useSearchParams();
  const filter = filters.find((f) => f.param === (search.get('status') ?? '')) ?? filters[0];
  const { viewer } = useSession();
  const now = useNow();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetDecisions, variables: { slug } });
  const c = data?.collaboration;
  useDocumentTitle(c ? `Decisions · ${c.title}` : data ? 'Not found' : undefined);

  if (!data && fetching) return <Loading label="Loading decisions…" />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>Decisions</h1>
        <ErrorState
          error={error}
          title="The decisions could not be loaded"
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!c) {
    return (
      <div className="narrow">
        <h1>No collaboration here</h1>
        <EmptyState
          title={`There is no collaboration at /c/${slug}`}
          action={
            viewer ? (
              <LinkButton to={paths.home} variant="secondary">
                Go to the home page
              </LinkButton>
            ) : (
              <LinkButton to={loginPath(location.pathname + location.search)}>Log in</LinkButton>
            )
          }
        >
          Either it does not exist, or only its members and signed-in people may see it. Check
          the address.
        </EmptyState>
      </div>
    );
  }

  const active = c.viewerMembership?.status === 'ACTIVE';
  const archived = c.status === 'ARCHIVED';
  const canPropose = active && !archived;
  const words = emptyWords[filter.param];
  return (
    <div className="decisions">
      <div className={shared.decisionsTop}>
        <header className={shared.decisionsHead}>
          <p className="eyebrow">
            <Link to={decisionPaths.collaboration(c.slug)}>{c.title}</Link>
          </p>
          <h1>Decisions</h1>
          <p className="lede">
            Members propose, discuss and take a position. Each proposal closes by itself at its
            time: adopted when nobody blocks and more agree than disagree, otherwise rejected.
          </p>
          <TakePart
            canPropose={canPropose}
            archived={archived}
            signedIn={!!viewer}
            slug={c.slug}
            here={location.pathname + location.search}
          />
        </header>
        <div className="decisions__signal">
          <CommitteeSignal signal={c.committeeSignal} />
        </div>
      </div>

      <div className={shared.decisionsGrid}>
        <div className={styles.decisionsGoal}>
          <CurrentGoal slug={c.slug} goal={c.goal} revisions={c.goalHistory} />
        </div>
        <section className={styles.decisionsProposals} aria-labelledby="proposals-heading">
          <h2 id="proposals-heading">Proposals</h2>
          <nav className={styles.filter} aria-label="Show proposals">
            {filters.map((f) => (
              <Link
                key={f.param}
                to={{ search: f.param ? `?status=${f.param}` : '' }}
                replace
                className={styles.filterOption}
                aria-current={f === filter ? 'page' : undefined}
              >
                {f.label}
              </Link>
            ))}
          </nav>
          <ProposalList
            key={filter.param}
            slug={c.slug}
            status={filter.value}
            now={now}
            canTakePart={active}
            empty={
              <EmptyState
                title={words.title}
                action={
                  canPropose && (filter.value === null || filter.value === 'OPEN') ? (
                    <LinkButton to={decisionPaths.propose(c.slug)}>Propose something</LinkButton>
                  ) : undefined
                }
              >
                {words.body}
              </EmptyState>
            }
          />
        </section>
        <div className={styles.decisionsHistory}>
          <GoalHistory slug={c.slug} revisions={c.goalHistory} heading="Earlier goals" />
        </div>
        <div className={styles.decisionsActivity}>
          <ActivityList slug={c.slug} collaborationId={c.id} now={now} />
        </div>
      </div>
    </div>
  );
}

/** How the viewer can take part: propose, log in, or why they cannot. */
function TakePart({
  canPropose,
  archived,
  signedIn,
  slug,
  here,
}: {
  canPropose: boolean;
  archived: boolean;
  signedIn: boolean;
  slug: string;
  here: string;
}) {
  if (canPropose) {
    return (
      <div className={styles.decisionsHeadActions}>
        <LinkButton to={decisionPaths.propose(slug)}>Propose something</LinkButton>
      </div>
    );
  }
  if (archived) {
    return <p className="note">This collaboration is archived; it no longer decides anything.</p>;
  }
  if (!signedIn) {
    return (
      <div className={styles.decisionsHeadActions}>
        <LinkButton to={loginPath(here)} variant="secondary">
          Log in to take part
        </LinkButton>
      </div>
    );
  }
  return (
    <p className="note">
      Only active members propose and take positions. To take part,{' '}
      <Link to={decisionPaths.collaboration(slug)}>join the collaboration</Link> with a
      commitment.
    </p>
  );
}
