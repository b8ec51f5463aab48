import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('ledger');
  const { totals } = getFragmentData(LedgerTotals_collaboration, collaboration);
  // With nothing logged, the entries' own empty state says so.
  if (totals.length === 0) return null;
  return (
    <div className="totals">
      <h3>{t('totals.heading')}</h3>
      <p className="section-intro">{t('totals.explain')}</p>
      <ul className={totalsStyles.totalsList}>
        {inKindOrder(totals).map((total) => (
          <li key={`${total.all.kind}-${total.all.unit}`} className={styles.total}>
            <p className={styles.totalKind}>{kindWords[total.all.kind].label}</p>
            <p className={styles.totalAmount} data-testid="total-amount">
              <Quantity quantity={total.all} />
            </p>
            {/* One fact a line: in a narrow card, "·" separators ended up starting lines. */}
            <p className={styles.totalDetail}>
              <span>
                <Trans
                  t={t}
                  i18nKey="totals.confirmed"
                  components={{ quantity: <Quantity quantity={total.confirmed} /> }}
                />
              </span>
              <span>{t('totals.contributors', { count: total.contributors })}</span>
              <span>{t('totals.largestShare', { share: formatPercent(total.largestShare) })}</span>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
