import { NavLink, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui';
import type { ReportStatus } from '../../gql/graphql';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetReports } from './api/get-reports';
import { ReportItem } from './report-item';
import styles from './moderation.module.css';

const tabs: { status: ReportStatus; label: string }[] = [
  { status: 'OPEN', label: 'Open' },
  { status: 'RESOLVED', label: 'Resolved' },
  { status: 'DISMISSED', label: 'Dismissed' },
];

/** The admins' reports queue: open reports oldest first, and those closed, by status. */
export function ReportsPage() {
  useDocumentTitle('Reports');
  const [params] = useSearchParams();
  const status = tabs.find((t) => t.status === params.get('status'))?.status ?? 'OPEN';
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetReports, variables: { status } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <div className={styles.reportsPage}>
      <h1>Reports</h1>
      <nav className={styles.tabs} aria-label="Reports by status">
        {tabs.map((t) => (
          <NavLink
            key={t.status}
            to={t.status === 'OPEN' ? paths.adminReports : `${paths.adminReports}?status=${t.status}`}
            className={() => (t.status === status ? styles.tabActive : styles.tab)}
            aria-current={t.status === status ? 'page' : undefined}
            end
          >
            {t.label}
          </NavLink>
        ))}
      </nav>
      {!data && fetching ? (
        <Loading label="Loading the reports…" />
      ) : error && !data ? (
        <ErrorState
          error={error}
          title={
            error.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN')
              ? 'Only Kindred admins see the reports'
              : 'The reports could not be loaded'
          }
          onRetry={reload}
        />
      ) : data?.viewer?.role !== 'ADMIN' ? (
        <EmptyState title="Only Kindred admins see the reports">
          Reports go to the admins of this Kindred site.
        </EmptyState>
      ) : !data.reports.edges.length ? (
        <EmptyState title={status === 'OPEN' ? 'No open reports' : 'None yet'}>
          {status === 'OPEN' ? 'Everything reported has been looked at.' : 'Closed reports show here.'}
        </EmptyState>
      ) : (
        <>
          <p className={styles.reportsCount}>
            {data.reports.totalCount === 1 ? '1 report' : `${data.reports.totalCount} reports`}
            {status === 'OPEN' && ', oldest first'}
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
