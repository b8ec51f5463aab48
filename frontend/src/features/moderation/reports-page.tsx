import { useTranslation } from 'react-i18next';
import { NavLink, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui';
import type { ReportStatus } from '../../gql/graphql';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetReports } from './api/get-reports';
import { ReportItem } from './report-item';
import styles from './moderation.module.css';

const statuses: ReportStatus[] = ['OPEN', 'RESOLVED', 'DISMISSED'];

/** The admins' reports queue: open reports oldest first, and those closed, by status. */
export function ReportsPage() {
  const { t } = useTranslation('moderation');
  useDocumentTitle(t('reports.title'));
  const tabs: { status: ReportStatus; label: string }[] = [
    { status: 'OPEN', label: t('reports.tab.open') },
    { status: 'RESOLVED', label: t('reports.tab.resolved') },
    { status: 'DISMISSED', label: t('reports.tab.dismissed') },
  ];
  const [params] = useSearchParams();
  const status = statuses.find((s) => s === params.get('status')) ?? 'OPEN';
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetReports, variables: { status } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <div className={styles.reportsPage}>
      <h1>{t('reports.title')}</h1>
      <nav className={styles.tabs} aria-label={t('reports.byStatus')}>
        {tabs.map((tab) => (
          <NavLink
            key={tab.status}
            to={tab.status === 'OPEN' ? paths.adminReports : `${paths.adminReports}?status=${tab.status}`}
            className={() => (tab.status === status ? styles.tabActive : styles.tab)}
            aria-current={tab.status === status ? 'page' : undefined}
            end
          >
            {tab.label}
          </NavLink>
        ))}
      </nav>
      {!data && fetching ? (
        <Loading label={t('reports.loading')} />
      ) : error && !data ? (
        <ErrorState
          error={error}
          title={
            error.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN')
              ? t('reports.adminsOnly')
              : t('reports.loadError')
          }
          onRetry={reload}
        />
      ) : data?.viewer?.role !== 'ADMIN' ? (
        <EmptyState title={t('reports.adminsOnly')}>{t('reports.adminsOnlyText')}</EmptyState>
      ) : !data.reports.edges.length ? (
        <EmptyState title={status === 'OPEN' ? t('reports.noneOpen') : t('reports.noneYet')}>
          {status === 'OPEN' ? t('reports.noneOpenText') : t('reports.noneYetText')}
        </EmptyState>
      ) : (
        <>
          <p className={styles.reportsCount}>
            {status === 'OPEN'
              ? t('reports.countOldestFirst', { count: data.reports.totalCount })
              : t('reports.count', { count: data.reports.totalCount })}
          </p>
          <ol className={styles.reports}>
            {data.reports.edges.map((e) => (
              <ReportItem key={e.node.id} report={e.node} onChange={reload} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
