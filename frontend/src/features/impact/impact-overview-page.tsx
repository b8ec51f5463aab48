import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('impact');
  useDocumentTitle(t('overview.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetImpactOverview });

  if (!data && fetching) return <Loading label={t('loadingImpact')} />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>{t('overview.title')}</h1>
        <ErrorState
          error={error}
          title={t('impactNotLoaded')}
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
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{t('overview.title')}</h1>
        <p className="lede">{data?.viewer ? t('overview.lede') : t('overview.ledeSignedOut')}</p>
        {data?.viewer && (
          <p>
            <Link to={impactPaths.person(data.viewer.handle)}>{t('overview.yourOwn')}</Link>
          </p>
        )}
        <ul className={styles.summary} aria-label={t('atAGlance')}>
          <li>
            <Trans
              t={t}
              i18nKey="summary.collaborations"
              count={o.collaborations}
              components={{ strong: <strong /> }}
            />
          </li>
          <li>
            <Trans t={t} i18nKey="summary.contributors" count={o.contributors} components={{ strong: <strong /> }} />
          </li>
        </ul>
      </header>

      <section className={styles.impactSection} aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">{t('outcomes')}</h2>
        <OutcomeSummaryLine summary={o.outcomeSummary} />
      </section>

      <section className={styles.impactSection} aria-labelledby="metrics-heading">
        <h2 id="metrics-heading">{t('overview.metrics.heading')}</h2>
        <p className="muted">{t('overview.metrics.explain')}</p>
        {o.metrics.length === 0 ? (
          <EmptyState title={t('overview.metrics.emptyTitle')}>{t('overview.metrics.empty')}</EmptyState>
        ) : (
          <MetricTotals totals={o.metrics} />
        )}
      </section>

      <section className={styles.impactSection} aria-labelledby="pooled-heading">
        <h2 id="pooled-heading">{t('overview.pooled.heading')}</h2>
        {o.totals.length === 0 ? (
          <EmptyState title={t('nothingLogged')}>{t('overview.pooled.empty')}</EmptyState>
        ) : (
          <Totals totals={o.totals} />
        )}
      </section>

      <section className={styles.impactSection} aria-labelledby="monthly-heading">
        <h2 id="monthly-heading">{t('monthly.heading')}</h2>
        <MonthlySection points={o.monthly} empty={<p className="muted">{t('monthly.empty')}</p>} />
      </section>

      <section className={styles.impactSection} aria-labelledby="export-heading">
        <h2 id="export-heading">{t('export.heading')}</h2>
        <ExportLinks href={impactPaths.communityExport} what={t('overview.export.what')}>
          {t('overview.export.explain')}
        </ExportLinks>
      </section>
    </div>
  );
}
