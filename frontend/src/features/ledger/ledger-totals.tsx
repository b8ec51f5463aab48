import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { inKindOrder, kindWords } from '../../lib/quantity';
import { Quantity } from '../../components/quantity';
import { formatPercent } from '../../lib/format';
import styles from './ledger.module.css';
import totalsStyles from './totals.module.css';

export const LedgerTotals_collaboration = graphql(`
  fragment LedgerTotals_collaboration on Collaboration {
    totals {
      contributors
      largestShare
      all {
        kind
        unit
        currency
        ...Quantity_quantity
      }
      confirmed {
        ...Quantity_quantity
      }
    }
  }
`);

/** What was given per kind and unit, never mixed, and how widely the giving is shared. */
export function LedgerTotals({ collaboration }: { collaboration: FragmentType<typeof LedgerTotals_collaboration> }) {
  const { totals } = getFragmentData(LedgerTotals_collaboration, collaboration);
  // With nothing logged, the entries' own empty state says so.
  if (totals.length === 0) return null;
  return (
    <div className="totals">
      <h3>Totals</h3>
      <p className="section-intro">
        Per kind and unit; kinds, units and currencies are never added together. Reversed entries count for nothing. The
        largest share is how much of a total came from its biggest contributor: when one person does everything, it is
        not collaboration.
      </p>
      <ul className={totalsStyles.totalsList}>
        {inKindOrder(totals).map((t) => (
          <li key={`${t.all.kind}-${t.all.unit}`} className={styles.total}>
            <p className={styles.totalKind}>{kindWords[t.all.kind].label}</p>
            <p className={styles.totalAmount} data-testid="total-amount"><Quantity quantity={t.all} /></p>
            {/* One fact a line: in a narrow card, "·" separators ended up starting lines. */}
            <p className={styles.totalDetail}>
              <span><Quantity quantity={t.confirmed} /> confirmed</span>
              <span>
                {t.contributors} {t.contributors === 1 ? 'contributor' : 'contributors'}
              </span>
              <span>largest share {formatPercent(t.largestShare)}</span>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
