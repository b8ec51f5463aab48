import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Button, EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths } from '../../lib/paths';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { valueName } from '../../lib/values-catalog';
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
  const { t } = useTranslation('impact');
  const { slug = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetCollaborationReport, variables: { slug } });
  const c = data?.collaboration;
  useDocumentTitle(c ? t('report.titleOf', { title: c.title }) : data ? t('notFound') : t('report.title'));

  if (!data && fetching) return <Loading label={t('report.loading')} />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>{t('report.title')}</h1>
        <ErrorState
          error={error}
          title={t('report.notLoaded')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!c) {
    return (
      <div className="narrow">
        <h1>{t('report.noCollaboration')}</h1>
        <EmptyState
          title={t('noSuchCollaboration', { slug })}
          action={<LinkButton to={impactPaths.overview}>{t('seeCommunity')}</LinkButton>}
        >
          {t('report.noCollaborationBody')}
        </EmptyState>
      </div>
    );
  }
  const { impact } = c;
  const named = impact.reportContributors.filter((r) => r.person).length;
  return (
    <article className={styles.report} aria-labelledby="report-title">
      <div className={styles.toolbar}>
        <Link to={impactPaths.collaboration(c.slug)}>{t('report.back')}</Link>
        <Button type="button" onClick={() => window.print()}>
          {t('report.print')}
        </Button>
      </div>

      <header className={styles.cover}>
        <p className="eyebrow">{t('report.title')}</p>
        <h1 id="report-title">{c.title}</h1>
        <p className={styles.goal}>{c.goal}</p>
        <dl className={styles.facts}>
          <div>
            <dt>{t('report.where')}</dt>
            <dd>
              {[c.location, c.remote ? t('report.remote') : ''].filter(Boolean).join(', ') || t('report.notSaid')}
            </dd>
          </div>
          {c.values.length > 0 && (
            <div>
              <dt>{t('valuesItServes')}</dt>
              <dd>{c.values.map((v) => valueName(v.value)).join(', ')}</dd>
            </div>
          )}
          <div>
            <dt>{t('report.preparedOn')}</dt>
            <dd>{formatDate(new Date().toISOString())}</dd>
          </div>
        </dl>
        {impact.outcomeSummary.total > 0 && <OutcomeSummaryLine summary={impact.outcomeSummary} />}
      </header>

      <section className={styles.section} aria-labelledby="report-outcomes">
        <h2 id="report-outcomes">{t('outcomes')}</h2>
        {impact.outcomes.length === 0 ? (
          <p className={styles.none}>{t('report.noOutcomes')}</p>
        ) : (
          impact.outcomes.map((o) => {
            const points = measurementPoints(o.measurements.edges.map((e) => e.node));
            return (
              <section key={o.id} className={styles.outcome} aria-labelledby={`report-${o.id}`}>
                <h3 id={`report-${o.id}`}>{o.name}</h3>
                <p className={styles.meta}>
                  {o.values.length > 0
                    ? t('report.countedInServes', {
                        unit: o.unit,
                        values: o.values.map((v) => valueName(v)).join(', '),
                      })
                    : t('countedIn', { unit: o.unit })}
                </p>
                <OutcomeProgress outcome={o} />
                {points.length > 0 && (
                  <MeasurementChart points={points} baseline={o.baseline} target={o.target} unit={o.unit} />
                )}
                <p className={styles.meta}>
                  {o.measurements.totalCount === 0
                    ? t('report.noMeasurements')
                    : t('report.measurements', { count: o.measurements.totalCount })}
                </p>
              </section>
            );
          })
        )}
      </section>

      <section className={styles.section} aria-labelledby="report-resources">
        <h2 id="report-resources">{t('report.resources')}</h2>
        {impact.totals.length === 0 ? (
          <p className={styles.none}>{t('report.nothingLogged')}</p>
        ) : (
          <>
            <p className={styles.lede}>{t('report.perKind')}</p>
            <Totals totals={impact.totals} />
          </>
        )}
        {impact.outcomes.length > 0 && (
          <>
            <h3>{t('costPerResult')}</h3>
            <p className={styles.lede}>{t('report.costExplain')}</p>
            {impact.outcomes.map((o) => (
              <div key={o.id} className={styles.cost}>
                <h4>{o.name}</h4>
                <WhatItTook outcome={o} />
              </div>
            ))}
          </>
        )}
        <h3>{t('monthly.heading')}</h3>
        <MonthlySection
          points={impact.monthly}
          tableOpen
          empty={<p className={styles.none}>{t('report.noContributions')}</p>}
        />
      </section>

      <section className={styles.section} aria-labelledby="report-contributors">
        <h2 id="report-contributors">{t('report.contributors')}</h2>
        <p className={styles.lede}>
          {t('report.named')}
          {impact.reportContributors.length > 0 &&
            ` ${t('report.chose', { count: impact.reportContributors.length, named })}`}
        </p>
        {impact.reportContributors.length === 0 ? (
          <p className={styles.none}>{t('report.noContributors')}</p>
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
