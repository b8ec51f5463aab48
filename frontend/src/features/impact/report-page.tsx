import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Button, EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths } from '../../lib/paths';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetCollaborationReport } from './api/get-collaboration-report';
import { MeasurementChart } from './charts';
import { Given } from './given';
import { MonthlySection } from './monthly-section';
import { OutcomeProgress } from './outcome-progress';
import { OutcomeSummaryLine } from './outcome-summary';
import { measurementPoints } from './series';
import { Totals } from './totals';
import { WhatItTook } from './what-it-took';
import styles from './report-page.module.css';

/**
 * A collaboration's impact as a report to print or save as PDF from the browser: the goal,
 * outcomes with progress and charts, resources given per kind and unit, and who gave them
 * (by name only when they chose to be named in reports). Its print styles drop the site's
 * navigation and start each section on a new page.
 */
export function ReportPage() {
  const { slug = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetCollaborationReport, variables: { slug } });
  const c = data?.collaboration;
  useDocumentTitle(c ? `Impact report: ${c.title}` : data ? 'Not found' : 'Impact report');

  if (!data && fetching) return <Loading label="Loading the report…" />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>Impact report</h1>
        <ErrorState
          error={error}
          title="The report could not be loaded"
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!c) {
    return (
      <div className="narrow">
        <h1>No collaboration to report on</h1>
        <EmptyState
          title={`There is no collaboration “${slug}” you can see`}
          action={<LinkButton to={impactPaths.overview}>See the community’s impact</LinkButton>}
        >
          It may not exist, or it may show itself to its members only. Check the address.
        </EmptyState>
      </div>
    );
  }
  const { impact } = c;
  const named = impact.reportContributors.filter((r) => r.person).length;
  return (
    <article className={styles.report} aria-labelledby="report-title">
      <div className={styles.toolbar}>
        <Link to={impactPaths.collaboration(c.slug)}>← Back to the impact page</Link>
        <Button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </Button>
      </div>

      <header className={styles.cover}>
        <p className="eyebrow">Impact report</p>
        <h1 id="report-title">{c.title}</h1>
        <p className={styles.goal}>{c.goal}</p>
        <dl className={styles.facts}>
          <div>
            <dt>Where</dt>
            <dd>{[c.location, c.remote ? 'remote' : ''].filter(Boolean).join(', ') || 'not said'}</dd>
          </div>
          {c.values.length > 0 && (
            <div>
              <dt>Values it serves</dt>
              <dd>{c.values.map((v) => v.value.name).join(', ')}</dd>
            </div>
          )}
          <div>
            <dt>Prepared on</dt>
            <dd>{formatDate(new Date().toISOString())}</dd>
          </div>
        </dl>
        {impact.outcomeSummary.total > 0 && <OutcomeSummaryLine summary={impact.outcomeSummary} />}
      </header>

      <section className={styles.section} aria-labelledby="report-outcomes">
        <h2 id="report-outcomes">Outcomes</h2>
        {impact.outcomes.length === 0 ? (
          <p className={styles.none}>No outcomes defined yet.</p>
        ) : (
          impact.outcomes.map((o) => {
            const points = measurementPoints(o.measurements.edges.map((e) => e.node));
            return (
              <section key={o.id} className={styles.outcome} aria-labelledby={`report-${o.id}`}>
                <h3 id={`report-${o.id}`}>{o.name}</h3>
                <p className={styles.meta}>
                  Counted in {o.unit}
                  {o.values.length > 0 && <> · serves {o.values.map((v) => v.name).join(', ')}</>}
                </p>
                <OutcomeProgress outcome={o} />
                {points.length > 0 && (
                  <MeasurementChart points={points} baseline={o.baseline} target={o.target} unit={o.unit} />
                )}
                <p className={styles.meta}>
                  {o.measurements.totalCount === 0
                    ? 'No measurements yet.'
                    : `${o.measurements.totalCount} ${o.measurements.totalCount === 1 ? 'measurement' : 'measurements'} recorded, with evidence.`}
                </p>
              </section>
            );
          })
        )}
      </section>

      <section className={styles.section} aria-labelledby="report-resources">
        <h2 id="report-resources">Resources given</h2>
        {impact.totals.length === 0 ? (
          <p className={styles.none}>Nothing logged yet.</p>
        ) : (
          <>
            <p className={styles.lede}>Per kind and unit, never added across them.</p>
            <Totals totals={impact.totals} />
          </>
        )}
        {impact.outcomes.length > 0 && (
          <>
            <h3>Cost per result</h3>
            <p className={styles.lede}>
              Confirmed resources that named each outcome, and what each unit of its result took so far.
            </p>
            {impact.outcomes.map((o) => (
              <div key={o.id} className={styles.cost}>
                <h4>{o.name}</h4>
                <WhatItTook outcome={o} />
              </div>
            ))}
          </>
        )}
        <h3>Month by month</h3>
        <MonthlySection
          points={impact.monthly}
          tableOpen
          empty={<p className={styles.none}>No contributions logged yet.</p>}
        />
      </section>

      <section className={styles.section} aria-labelledby="report-contributors">
        <h2 id="report-contributors">Contributors</h2>
        <p className={styles.lede}>
          People are named only when they chose to be named in reports; the others are numbered.
          {impact.reportContributors.length > 0 &&
            ` ${named} of ${impact.reportContributors.length} chose to be named.`}
        </p>
        {impact.reportContributors.length === 0 ? (
          <p className={styles.none}>No one has logged a contribution yet.</p>
        ) : (
          <ul className={styles.contributors}>
            {impact.reportContributors.map((r, i) => (
              // Display names need not be unique: the position keeps the keys apart.
              <li key={`${i}|${r.label}`} className={styles.contributor}>
                <p className={styles.contributorName}>{r.label}</p>
                <Given given={r.given} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
