import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatNumber } from '../../lib/format';
import { singular } from '../../lib/quantity';
import { kindWord, unitOf } from './words';
import styles from './what-it-took.module.css';

export const CostRollUps_rollUp = graphql(`
  fragment CostRollUps_rollUp on CostRollUp {
    outcomeUnit
    metric {
      code
      name
    }
    kind
    unit
    currency
    amount
    counted
    result
    outcomes
    perResult
  }
`);

/**
 * Resources per unit of result over many outcomes: one row per outcome unit (a metric, or
 * custom outcomes counted alike) and resource; different units never added.
 */
export function CostRollUps({ rollUps }: { rollUps: readonly FragmentType<typeof CostRollUps_rollUp>[] }) {
  const { t } = useTranslation('impact');
  const list = getFragmentData(CostRollUps_rollUp, rollUps);
  return (
    <div className={styles.took}>
      <table className={styles.table} aria-label={t('costRollUps.label')}>
        <thead>
          <tr>
            <th scope="col">{t('outcomes')}</th>
            <th scope="col">{t('costRollUps.resource')}</th>
            <th scope="col">{t('costRollUps.perResult')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((r) => {
            const unit = unitOf(r);
            const what = r.metric
              ? t('costRollUps.metric', { metric: r.metric.name, unit: r.outcomeUnit })
              : t('costRollUps.custom', { unit: r.outcomeUnit });
            return (
              <tr key={`${r.outcomeUnit}-${r.metric?.code ?? ''}-${r.kind}-${r.unit}-${r.currency ?? ''}`}>
                <th scope="row">{what}</th>
                <td>
                  {formatNumber(r.amount)} {unitOf(r, r.amount)} <span className="muted">({kindWord(r.kind)})</span>
                </td>
                <td data-testid="roll-up-per-result">
                  {r.perResult == null
                    ? t('costRollUps.noResult')
                    : t('perUnit', { amount: formatNumber(r.perResult), unit, per: singular(r.outcomeUnit) })}
                  {r.perResult != null && (
                    <span className="muted">
                      {' '}
                      {t('costRollUps.over', {
                        count: r.outcomes,
                        result: formatNumber(r.result),
                        unit: r.outcomeUnit,
                      })}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
