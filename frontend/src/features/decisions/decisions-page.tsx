import { Trans, useTranslation } from 'react-i18next';
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

const filters: { value: ProposalStatus | null; param: string }[] = [
  { value: null, param: '' },
  { value: 'OPEN', param: 'open' },
  { value: 'ADOPTED', param: 'adopted' },
  { value: 'REJECTED', param: 'rejected' },
  { value: 'WITHDRAWN', param: 'withdrawn' },
];

/**
 * Deciding together in one collaboration: the goal and its history, the proposals with a
 * status filter, the committee signal and the activity list.
 */
export default function DecisionsPage() {
  const { t } = useTranslation('decisions');
  const { slug = '' } = useParams();
  const location = useLocation();
  const [search] = useSearchParams();
  const filter = filters.find((f) => f.param === (search.get('status') ?? '')) ?? filters[0];
  const { viewer } = useSession();
  const now = useNow();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetDecisions, variables: { slug } });
  const c = data?.collaboration;
  useDocumentTitle(c ? t('decisionsPage.title', { collaboration: c.title }) : data ? t('notFound') : undefined);
  const filterLabel: Record<string, string> = {
    '': t('decisionsPage.filter.all'),
    open: t('decisionsPage.filter.open'),
    adopted: t('decisionsPage.filter.adopted'),
    rejected: t('decisionsPage.filter.rejected'),
    withdrawn: t('decisionsPage.filter.withdrawn'),
  };
  const emptyWords: Record<string, { title: string; body: string }> = {
    '': { title: t('decisionsPage.empty.all.title'), body: t('decisionsPage.empty.all.body') },
    open: { title: t('decisionsPage.empty.open.title'), body: t('decisionsPage.empty.open.body') },
    adopted: { title: t('decisionsPage.empty.adopted.title'), body: t('decisionsPage.empty.adopted.body') },
    rejected: { title: t('decisionsPage.empty.rejected.title'), body: t('decisionsPage.empty.rejected.body') },
    withdrawn: { title: t('decisionsPage.empty.withdrawn.title'), body: t('decisionsPage.empty.withdrawn.body') },
  };

  if (!data && fetching) return <Loading label={t('decisionsPage.loading')} />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>{t('decisionsPage.heading')}</h1>
        <ErrorState
          error={error}
          title={t('decisionsPage.failed')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!c) {
    return (
      <div className="narrow">
        <h1>{t('noCollaboration.heading')}</h1>
        <EmptyState
          title={t('noCollaboration.title', { path: `/c/${slug}` })}
          action={
            viewer ? (
              <LinkButton to={paths.home} variant="secondary">
                {t('noCollaboration.home')}
              </LinkButton>
            ) : (
              <LinkButton to={loginPath(location.pathname + location.search)}>{t('decisionsPage.logIn')}</LinkButton>
            )
          }
        >
          {t('decisionsPage.notVisible')}
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
          <h1>{t('decisionsPage.heading')}</h1>
          <p className="lede">{t('decisionsPage.lede')}</p>
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
          <h2 id="proposals-heading">{t('decisionsPage.proposals')}</h2>
          <nav className={styles.filter} aria-label={t('decisionsPage.filter.label')}>
            {filters.map((f) => (
              <Link
                key={f.param}
                to={{ search: f.param ? `?status=${f.param}` : '' }}
                replace
                className={styles.filterOption}
                aria-current={f === filter ? 'page' : undefined}
              >
                {filterLabel[f.param]}
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
                    <LinkButton to={decisionPaths.propose(c.slug)}>{t('proposeSomething')}</LinkButton>
                  ) : undefined
                }
              >
                {words.body}
              </EmptyState>
            }
          />
        </section>
        <div className={styles.decisionsHistory}>
          <GoalHistory slug={c.slug} revisions={c.goalHistory} heading={t('decisionsPage.earlierGoals')} />
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
  const { t } = useTranslation('decisions');
  if (canPropose) {
    return (
      <div className={styles.decisionsHeadActions}>
        <LinkButton to={decisionPaths.propose(slug)}>{t('proposeSomething')}</LinkButton>
      </div>
    );
  }
  if (archived) {
    return <p className="note">{t('takePart.archived')}</p>;
  }
  if (!signedIn) {
    return (
      <div className={styles.decisionsHeadActions}>
        <LinkButton to={loginPath(here)} variant="secondary">
          {t('takePart.logIn')}
        </LinkButton>
      </div>
    );
  }
  return (
    <p className="note">
      <Trans t={t} i18nKey="takePart.join" components={{ a: <Link to={decisionPaths.collaboration(slug)} /> }} />
    </p>
  );
}
