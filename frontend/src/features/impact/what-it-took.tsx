import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatNumber, formatPercent } from '../../lib/format';
import { singular } from '../../lib/quantity';
import styles from './what-it-took.module.css';

export const WhatItTook_outcome = graphql(`
  fragment WhatItTook_outcome on Outcome {
    id
    unit
    costs {
      result
      noFigure
      resources {
        kind
        unit
        currency
        amount
        perResult
        shareOfEffort
      }
    }
  }
`);

const noFigure: Record<string, string> = {
  NO_MEASUREMENT: 'No figure per result yet: the outcome has not been measured.',
  NO_PROGRESS: 'No figure per result yet: the outcome has not moved past its baseline.',
};

/**
 * What an outcome took: the confirmed resources linked to it per kind and unit, and the
 * resources per unit of result (amount / progress so far), never adding different units.
 */
export function WhatItTook({ outcome }: { outcome: FragmentType<typeof WhatItTook_outcome> }) {
  const o = getFragmentData(WhatItTook_outcome, outcome);
  const c = o.costs;
  if (c.resources.length === 0) {
    return <p className="muted">No confirmed contribution names this outcome yet.</p>;
  }
  return (
    <div className={styles.took}>
      <table className={styles.table}>
        <caption className="visually-hidden">What it took</caption>
        <thead>
          <tr>
            <th scope="col">Resource</th>
            <th scope="col">Linked</th>
            <th scope="col">Per {singular(o.unit)}</th>
          </tr>
        </thead>
        <tbody>
          {c.resources.map((r) => {
            const unit = r.currency ?? r.unit;
            return (
              <tr key={`${r.kind}-${r.unit}-${r.currency ?? ''}`}>
                <th scope="row">{r.kind.toLowerCase().replace('_', ' ')}</th>
                <td>
                  {formatNumber(r.amount)} {unit}
                  <span className={`muted ${styles.share}`}> ({formatPercent(r.shareOfEffort)} of all)</span>
                </td>
                <td data-testid="per-result">
                  {r.perResult == null ? '—' : `${formatNumber(r.perResult)} ${unit} per ${singular(o.unit)}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {c.noFigure && <p className="muted">{noFigure[c.noFigure]}</p>}
      {c.result != null && !c.noFigure && (
        <p className="muted">
          Over {formatNumber(c.result)} {o.unit} of result so far.
        </p>
      )}
    </div>
  );
}
