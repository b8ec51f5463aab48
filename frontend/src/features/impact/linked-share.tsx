import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatNumber, formatPercent } from '../../lib/format';
import styles from './what-it-took.module.css';

export const LinkedShare_share = graphql(`
  fragment LinkedShare_share on LinkedShare {
    kind
    unit
    currency
    linked
    total
    share
  }
`);

/** How much of the confirmed effort, per kind and unit, names an outcome it serves. */
export function LinkedShare({ shares }: { shares: FragmentType<typeof LinkedShare_share>[] }) {
  const list = getFragmentData(LinkedShare_share, shares);
  if (list.length === 0) return null;
  return (
    <table className={styles.table} aria-label="Effort linked to outcomes">
      <thead>
        <tr>
          <th scope="col">Resource</th>
          <th scope="col">Linked to an outcome</th>
        </tr>
      </thead>
      <tbody>
        {list.map((s) => {
          const unit = s.currency ?? s.unit;
          return (
            <tr key={`${s.kind}-${s.unit}-${s.currency ?? ''}`}>
              <th scope="row">{s.kind.toLowerCase().replace('_', ' ')}</th>
              <td data-testid="linked-share">
                {formatPercent(s.share)}{' '}
                <span className="muted">
                  ({formatNumber(s.linked)} of {formatNumber(s.total)} {unit} confirmed)
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
