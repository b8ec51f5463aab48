import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('gatherings');
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
        title={t('section.loadFailed')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    ) : (
      <Loading label={t('section.loading')} />
    );
  } else if (page.edges.length === 0) {
    list = (
      <EmptyState title={past ? t('section.noPast') : t('section.nonePlanned')}>
        {past ? t('section.noPastHint') : t('section.noneHint')}
      </EmptyState>
    );
  } else {
    list = (
      <ol className={styles.list} aria-label={past ? t('section.pastList') : t('section.upcomingList')}>
        {page.edges.map((e) => (
          <GatheringSummary
            key={e.cursor}
            slug={slug}
            gathering={e.node}
            personZone={data?.viewer?.timeZone}
            collaborationZone={c?.timeZone}
          />
        ))}
      </ol>
    );
  }

  return (
    <section className={styles.section} aria-labelledby="gatherings-heading">
      <div className={styles.head}>
        <h2 id="gatherings-heading">
          {t('section.heading')} {page && <span className="count">{page.totalCount}</span>}
        </h2>
        {c?.viewerCanPlanGatherings && <LinkButton to={gatheringPaths.plan(slug)}>{t('plan.heading')}</LinkButton>}
      </div>
      <p className={styles.tabs}>
        {past ? (
          <Link to={gatheringPaths.list(slug)}>{t('section.upcoming')}</Link>
        ) : (
          <strong aria-current="page">{t('section.upcoming')}</strong>
        )}
        {past ? (
          <strong aria-current="page">{t('section.past')}</strong>
        ) : (
          <Link to={gatheringPaths.past(slug)}>{t('section.past')}</Link>
        )}
      </p>
      {list}
    </section>
  );
}
