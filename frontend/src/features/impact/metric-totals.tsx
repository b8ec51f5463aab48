import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatNumber } from '../../lib/format';
import styles from './what-it-took.module.css';

export const MetricTotals_total = graphql(`
  fragment MetricTotals_total on MetricTotal {
    metric {
      code
      name
      definition
    }
    unit
    outcomes
    measured
    collaborations
    achieved
    targeted
  }
`);

/** Community-wide results per catalog metric: only outcomes of the same metric and unit are added. */
export function MetricTotals({ totals }: { totals: readonly FragmentType<typeof MetricTotals_total>[] }) {
  const { t } = useTranslation('impact');
  const list = getFragmentData(MetricTotals_total, totals);
  return (
    <div className={styles.took}>
      <table className={styles.table} aria-label={t('overview.metrics.heading')}>
        <thead>
          <tr>
            <th scope="col">{t('metricTotals.metric')}</th>
            <th scope="col">{t('metricTotals.achieved')}</th>
            <th scope="col">{t('metricTotals.aimedFor')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((row) => (
            <tr key={`${row.metric.code}-${row.unit}`}>
              <th scope="row" title={row.metric.definition}>
                {row.metric.name}
              </th>
              <td data-testid="metric-achieved">
                {formatNumber(row.achieved)} {row.unit}{' '}
                <span className="muted">
                  {t('metricTotals.measured', {
                    count: row.outcomes,
                    measured: row.measured,
                    collaborations: t('metricTotals.collaborations', { count: row.collaborations }),
                  })}
                </span>
              </td>
              <td>
                {formatNumber(row.targeted)} {row.unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
