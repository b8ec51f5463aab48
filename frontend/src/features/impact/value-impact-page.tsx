import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetValueImpact } from './api/get-value-impact';
import { ExportLinks } from '../../components/export-links';
import { CostRollUps } from './cost-roll-ups';
import { MonthlySection } from './monthly-section';
import { OutcomeRow } from './outcome-row';
import { OutcomeSummaryLine } from './outcome-summary';
import { Totals } from './totals';
import styles from './impact.module.css';

/** The impact made in a value's name: totals, outcomes, and a monthly series. */
export function ValueImpactPage() {
  const { slug = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetValueImpact, variables: { slug } });
  const v = data?.value;
  useDocumentTitle(v ? `Impact for ${v.name}` : data ? 'Not found' : 'Impact');

  if (!data && fetching) return <Loading label="Loading the impact…" />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>Impact</h1>
        <ErrorState
          error={error}
          title="The impact could not be loaded"
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!v) {
    return (
      <div className="narrow">
        <h1>No value to show here</h1>
        <EmptyState
          title={`There is no value “${slug}”`}
          action={<LinkButton to={impactPaths.overview}>See the community’s impact</LinkButton>}
        >
          Check the address.
        </EmptyState>
      </div>
    );
  }
  const { impact } = v;
  const outcomes = impact.outcomes.edges.map((e) => e.node);
  return (
    <div className={styles.impact}>
      <header className={styles.impactHead}>
        <p className="eyebrow">Impact in the name of a value</p>
        <h1>{v.name}</h1>
        {v.description && <p className="lede">{v.description}</p>}
        <ul className={styles.summary} aria-label="At a glance">
          <li>
            <strong>{impact.collaborations}</strong> {impact.collaborations === 1 ? 'collaboration' : 'collaborations'}
          </li>
          <li>
            <strong>{impact.contributors}</strong> {impact.contributors === 1 ? 'contributor' : 'contributors'}
          </li>
        </ul>
      </header>

      <section className={styles.impactSection} aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">Outcomes serving it</h2>
        <OutcomeSummaryLine summary={impact.outcomeSummary} />
        {outcomes.length === 0 ? (
          <EmptyState title="No outcomes serve it yet">
            Collaborations that serve {v.name.toLowerCase()} define outcomes to measure; they show here.
          </EmptyState>
        ) : (
          <>
            <ul className={styles.outcomeRows}>
              {outcomes.map((o) => (
                <OutcomeRow key={o.id} outcome={o} />
              ))}
            </ul>
            {impact.outcomes.totalCount > outcomes.length && (
              <p className="muted">
                The newest {outcomes.length} of {impact.outcomes.totalCount} outcomes are shown.
              </p>
            )}
          </>
        )}
      </section>

      <section className={styles.impactSection} aria-labelledby="pooled-heading">
        <h2 id="pooled-heading">What was pooled in its name</h2>
        {impact.totals.length === 0 ? (
          <EmptyState title="Nothing logged yet">
            When members of collaborations serving {v.name.toLowerCase()} log what they give, it adds up here.
          </EmptyState>
        ) : (
          <Totals totals={impact.totals} />
        )}
      </section>

      <section className={styles.impactSection} aria-labelledby="costs-heading">
        <h2 id="costs-heading">Cost per result</h2>
        <p className="muted">
          Confirmed resources linked to the outcomes serving it, per unit of their result so far; outcomes are added
          only when they count the same metric or unit.
        </p>
        {impact.costs.length === 0 ? (
          <EmptyState title="Nothing linked to its outcomes yet">
            When members say which outcome a contribution serves, what each result took shows here.
          </EmptyState>
        ) : (
          <CostRollUps rollUps={impact.costs} />
        )}
      </section>

      <section className={styles.impactSection} aria-labelledby="monthly-heading">
        <h2 id="monthly-heading">Month by month</h2>
        <MonthlySection
          points={impact.monthly}
          empty={<p className="muted">No contributions logged yet, so there is no series to show.</p>}
        />
      </section>

      <section className={styles.impactSection} aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <ExportLinks href={(f) => impactPaths.valueExport(v.slug, f)} what={`the impact for ${v.name}`}>
          The roll-up for {v.name.toLowerCase()}: totals per kind and unit, per collaboration you may see, and the
          outcomes serving it.
        </ExportLinks>
      </section>
    </div>
  );
}
