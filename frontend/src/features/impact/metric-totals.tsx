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
  const list = getFragmentData(MetricTotals_total, totals);
  return (
    <div className={styles.took}>
      <table className={styles.table} aria-label="Results per metric">
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Achieved so far</th>
            <th scope="col">Aimed for</th>
          </tr>
        </thead>
        <tbody>
          {list.map((t) => (
            <tr key={`${t.metric.code}-${t.unit}`}>
              <th scope="row" title={t.metric.definition}>
                {t.metric.name}
              </th>
              <td data-testid="metric-achieved">
                {formatNumber(t.achieved)} {t.unit}{' '}
                <span className="muted">
                  ({t.measured} of {t.outcomes} {t.outcomes === 1 ? 'outcome' : 'outcomes'} measured, {t.collaborations}{' '}
                  {t.collaborations === 1 ? 'collaboration' : 'collaborations'})
                </span>
              </td>
              <td>
                {formatNumber(t.targeted)} {t.unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
