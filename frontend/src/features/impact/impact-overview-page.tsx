import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui';
import { impactPaths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetImpactOverview } from './api/get-impact-overview';
import { ExportLinks } from '../../components/export-links';
import { MetricTotals } from './metric-totals';
import { MonthlySection } from './monthly-section';
import { OutcomeSummaryLine } from './outcome-summary';
import { Totals } from './totals';
import styles from './impact.module.css';

/** The whole community's figures over time, as far as the viewer may see. */
export function ImpactOverviewPage() {
  useDocumentTitle('The community’s impact');
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetImpactOverview });

  if (!data && fetching) return <Loading label="Loading the impact…" />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>The community’s impact</h1>
        <ErrorState
          error={error}
          title="The impact could not be loaded"
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  const o = data?.impactOverview;
  if (!o) return <Loading />;
  return (
    <div className={styles.impact}>
      <header className={styles.impactHead}>
        <p className="eyebrow">Impact</p>
        <h1>The community’s impact</h1>
        <p className="lede">
          What everyone on Kindred pooled, and where their outcomes stand
          {data?.viewer ? '' : '. Signed out, you see public collaborations only'}. Private collaborations count only
          for their own members.
        </p>
        {data?.viewer && (
          <p>
            <Link to={impactPaths.person(data.viewer.handle)}>See your own impact</Link>
          </p>
        )}
        <ul className={styles.summary} aria-label="At a glance">
          <li>
            <strong>{o.collaborations}</strong> {o.collaborations === 1 ? 'collaboration' : 'collaborations'}
          </li>
          <li>
            <strong>{o.contributors}</strong> {o.contributors === 1 ? 'contributor' : 'contributors'}
          </li>
        </ul>
      </header>

      <section className={styles.impactSection} aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">Outcomes</h2>
        <OutcomeSummaryLine summary={o.outcomeSummary} />
      </section>

      <section className={styles.impactSection} aria-labelledby="metrics-heading">
        <h2 id="metrics-heading">Results per metric</h2>
        <p className="muted">
          Outcomes that picked a standard metric, added across collaborations; only the same metric in the same unit is
          added.
        </p>
        {o.metrics.length === 0 ? (
          <EmptyState title="No outcome counts a standard metric yet">
            When a collaboration defines an outcome with a metric from the catalog, its results add up here.
          </EmptyState>
        ) : (
          <MetricTotals totals={o.metrics} />
        )}
      </section>

      <section className={styles.impactSection} aria-labelledby="pooled-heading">
        <h2 id="pooled-heading">What was pooled</h2>
        {o.totals.length === 0 ? (
          <EmptyState title="Nothing logged yet">
            When members of collaborations log what they give, the community’s totals add up here.
          </EmptyState>
        ) : (
          <Totals totals={o.totals} />
        )}
      </section>

      <section className={styles.impactSection} aria-labelledby="monthly-heading">
        <h2 id="monthly-heading">Month by month</h2>
        <MonthlySection
          points={o.monthly}
          empty={<p className="muted">No contributions logged yet, so there is no series to show.</p>}
        />
      </section>

      <section className={styles.impactSection} aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <ExportLinks href={impactPaths.communityExport} what="the community’s impact">
          The roll-ups per value, per collaboration and the outcomes serving them, from public collaborations only:
          nothing private is ever in it, whoever downloads it.
        </ExportLinks>
      </section>
    </div>
  );
}
