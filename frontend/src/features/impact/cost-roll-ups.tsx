import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatNumber } from '../../lib/format';
import { singular } from '../../lib/quantity';
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
  const list = getFragmentData(CostRollUps_rollUp, rollUps);
  return (
    <div className={styles.took}>
      <table className={styles.table} aria-label="Cost per result, rolled up">
        <thead>
          <tr>
            <th scope="col">Outcomes</th>
            <th scope="col">Resource linked</th>
            <th scope="col">Per result</th>
          </tr>
        </thead>
        <tbody>
          {list.map((r) => {
            const unit = r.currency ?? r.unit;
            const what = r.metric ? `${r.metric.name} (${r.outcomeUnit})` : `Custom, in ${r.outcomeUnit}`;
            return (
              <tr key={`${r.outcomeUnit}-${r.metric?.code ?? ''}-${r.kind}-${r.unit}-${r.currency ?? ''}`}>
                <th scope="row">{what}</th>
                <td>
                  {formatNumber(r.amount)} {unit}{' '}
                  <span className="muted">({r.kind.toLowerCase().replace('_', ' ')})</span>
                </td>
                <td data-testid="roll-up-per-result">
                  {r.perResult == null
                    ? '— no outcome measured past its baseline'
                    : `${formatNumber(r.perResult)} ${unit} per ${singular(r.outcomeUnit)}`}
                  {r.perResult != null && (
                    <span className="muted">
                      {' '}
                      over {formatNumber(r.result)} {r.outcomeUnit} from {r.outcomes}{' '}
                      {r.outcomes === 1 ? 'outcome' : 'outcomes'}
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
