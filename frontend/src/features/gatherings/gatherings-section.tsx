import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { gatheringPaths } from '../../lib/paths';
import { GetGatherings } from './api/get-gatherings';
import { GatheringSummary } from './gathering-summary';
import styles from './gatherings.module.css';

/**
 * A collaboration's gatherings: the upcoming ones soonest first, or (?when=past) the past
 * ones latest first; stewards plan new ones. Whoever may read the collaboration reads them.
 */
export function GatheringsSection({ slug }: { slug: string }) {
  const [params] = useSearchParams();
  const past = params.get('when') === 'past';
  const [{ data, error }, refetch] = useQuery({
    query: GetGatherings,
    variables: { slug, when: past ? 'PAST' : 'UPCOMING' },
  });
  const c = data?.collaboration;
  const page = c?.gatherings;

  let list;
  if (!page) {
    list = error ? (
      <ErrorState
        error={error}
        title="The gatherings could not be loaded"
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    ) : (
      <Loading label="Loading gatherings…" />
    );
  } else if (page.edges.length === 0) {
    list = (
      <EmptyState title={past ? 'No past gatherings' : 'No gatherings planned'}>
        {past
          ? 'Gatherings appear here once they have ended.'
          : 'When a steward plans a volunteer day or a call, it shows up here.'}
      </EmptyState>
    );
  } else {
    list = (
      <ol className={styles.list} aria-label={past ? 'Past gatherings' : 'Upcoming gatherings'}>
        {page.edges.map((e) => (
          <GatheringSummary key={e.cursor} slug={slug} gathering={e.node} />
        ))}
      </ol>
    );
  }

  return (
    <section className={styles.section} aria-labelledby="gatherings-heading">
      <div className={styles.head}>
        <h2 id="gatherings-heading">Gatherings {page && <span className="count">{page.totalCount}</span>}</h2>
        {c?.viewerCanPlanGatherings && <LinkButton to={gatheringPaths.plan(slug)}>Plan a gathering</LinkButton>}
      </div>
      <p className={styles.tabs}>
        {past ? <Link to={gatheringPaths.list(slug)}>Upcoming</Link> : <strong aria-current="page">Upcoming</strong>}
        {past ? <strong aria-current="page">Past</strong> : <Link to={gatheringPaths.past(slug)}>Past</Link>}
      </p>
      {list}
    </section>
  );
}
