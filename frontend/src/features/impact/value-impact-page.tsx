import { Trans, useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { valueDescription, valueName } from '../../lib/values-catalog';
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
  const { t } = useTranslation('impact');
  const { slug = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetValueImpact, variables: { slug } });
  const v = data?.value;
  const name = v ? valueName(v) : '';
  useDocumentTitle(v ? t('value.impactFor', { name }) : data ? t('notFound') : t('eyebrow'));

  if (!data && fetching) return <Loading label={t('loadingImpact')} />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>{t('eyebrow')}</h1>
        <ErrorState
          error={error}
          title={t('impactNotLoaded')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!v) {
    return (
      <div className="narrow">
        <h1>{t('value.noValue')}</h1>
        <EmptyState
          title={t('value.noSuchValue', { slug })}
          action={<LinkButton to={impactPaths.overview}>{t('seeCommunity')}</LinkButton>}
        >
          {t('checkAddress')}
        </EmptyState>
      </div>
    );
  }
  const { impact } = v;
  const outcomes = impact.outcomes.edges.map((e) => e.node);
  const description = valueDescription(v);
  const lower = name.toLowerCase();
  return (
    <div className={styles.impact}>
      <header className={styles.impactHead}>
        <p className="eyebrow">{t('value.eyebrow')}</p>
        <h1>{name}</h1>
        {description && <p className="lede">{description}</p>}
        <ul className={styles.summary} aria-label={t('atAGlance')}>
          <li>
            <Trans
              t={t}
              i18nKey="summary.collaborations"
              count={impact.collaborations}
              components={{ strong: <strong /> }}
            />
          </li>
          <li>
            <Trans
              t={t}
              i18nKey="summary.contributors"
              count={impact.contributors}
              components={{ strong: <strong /> }}
            />
          </li>
        </ul>
      </header>

      <section className={styles.impactSection} aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">{t('value.outcomes')}</h2>
        <OutcomeSummaryLine summary={impact.outcomeSummary} />
        {outcomes.length === 0 ? (
          <EmptyState title={t('value.noOutcomes')}>{t('value.noOutcomesBody', { name: lower })}</EmptyState>
        ) : (
          <>
            <ul className={styles.outcomeRows}>
              {outcomes.map((o) => (
                <OutcomeRow key={o.id} outcome={o} />
              ))}
            </ul>
            {impact.outcomes.totalCount > outcomes.length && (
              <p className="muted">
                {t('value.newest', { count: impact.outcomes.totalCount, shown: outcomes.length })}
              </p>
            )}
          </>
        )}
      </section>

      <section className={styles.impactSection} aria-labelledby="pooled-heading">
        <h2 id="pooled-heading">{t('value.pooled')}</h2>
        {impact.totals.length === 0 ? (
          <EmptyState title={t('nothingLogged')}>{t('value.pooledEmpty', { name: lower })}</EmptyState>
        ) : (
          <Totals totals={impact.totals} />
        )}
      </section>

      <section className={styles.impactSection} aria-labelledby="costs-heading">
        <h2 id="costs-heading">{t('costPerResult')}</h2>
        <p className="muted">{t('value.costsExplain')}</p>
        {impact.costs.length === 0 ? (
          <EmptyState title={t('value.costsEmptyTitle')}>{t('value.costsEmpty')}</EmptyState>
        ) : (
          <CostRollUps rollUps={impact.costs} />
        )}
      </section>

      <section className={styles.impactSection} aria-labelledby="monthly-heading">
        <h2 id="monthly-heading">{t('monthly.heading')}</h2>
        <MonthlySection points={impact.monthly} empty={<p className="muted">{t('monthly.empty')}</p>} />
      </section>

      <section className={styles.impactSection} aria-labelledby="export-heading">
        <h2 id="export-heading">{t('export.heading')}</h2>
        <ExportLinks href={(f) => impactPaths.valueExport(v.slug, f)} what={t('value.export.what', { name })}>
          {t('value.export.explain', { name: lower })}
        </ExportLinks>
      </section>
    </div>
  );
}
