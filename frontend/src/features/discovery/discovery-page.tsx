import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, ErrorState, Loading } from '../../components/ui';
import { loginPath, paths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { GetDiscoveryOptions } from './api/get-discovery-options';
import { alignmentExplained } from './alignment-bar';
import { DiscoveryFilters } from './discovery-filters';
import { NeedsForYouMore } from './needs-for-you';
import { filterParams, filterVariables, parseFilter, type DiscoveryFilter } from './filters';
import styles from './discovery-page.module.css';

export type FilterVariables = ReturnType<typeof filterVariables>;

/**
 * The frame both discovery pages share: the heading, what the ranking means (or why
 * there is none), the filters kept in the address, and the results.
 */
export function DiscoveryPage({
  what,
  title,
  lede,
  ledeSignedOut,
  tabs,
  children,
}: {
  what: 'people' | 'collaborations';
  title: string;
  lede: string;
  /** Signed out there is no ranking, so the lede must not promise "best first". */
  ledeSignedOut: string;
  tabs: ReactNode;
  children: (variables: FilterVariables, filtered: boolean) => ReactNode;
}) {
  const { t } = useTranslation('discovery');
  const { viewer } = useSession();
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const filter = parseFilter(params);
  const [{ data, error }, refetch] = useQuery({ query: GetDiscoveryOptions });
  const values = (data?.values.edges ?? []).map((e) => e.node);
  const valueId = values.find((v) => v.slug === filter.value)?.id;
  // Whether the viewer has values, from this page's own query: the session's copy may
  // predate the values they just chose.
  const ranked = !!viewer && (data?.viewer?.values.length ?? viewer.values.length) > 0;
  const links = { login: <Link to={loginPath(pathname)} />, join: <Link to={paths.signUp} /> };
  const setFilter = (f: DiscoveryFilter) => setParams(filterParams(f), { replace: true });

  return (
    <div className="discover">
      <h1>{title}</h1>
      <p className="lede">{viewer === null ? ledeSignedOut : lede}</p>
      {tabs}
      {viewer === null ? (
        <Alert tone="info">
          {what === 'people' ? (
            <Trans t={t} i18nKey="page.signedOutPeople" components={links} />
          ) : (
            <Trans t={t} i18nKey="page.signedOutCollaborations" components={links} />
          )}
        </Alert>
      ) : viewer && !ranked ? (
        <Alert tone="info">
          {what === 'people' ? t('page.noValuesPeople') : t('page.noValuesCollaborations')}{' '}
          <Link to={paths.onboarding}>{t('page.chooseValues')}</Link>
        </Alert>
      ) : (
        <p className={styles.discoverExplain}>{alignmentExplained()}</p>
      )}
      {viewer && what === 'collaborations' && <NeedsForYouMore first={3} />}
      <DiscoveryFilters filter={filter} onChange={setFilter} values={values} what={what} ranked={ranked} />
      {error && !data ? (
        <ErrorState
          error={error}
          title={t('page.filtersFailed')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : filter.value && !data ? (
        <Loading />
      ) : (
        children(filterVariables(filter, valueId), filterParams(filter).toString() !== '')
      )}
    </div>
  );
}
