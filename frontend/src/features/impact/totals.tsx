import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ResourceKind } from '../../gql/graphql';
import { singular } from '../../lib/quantity';
import { seriesLabel } from './words';
import { Quantity } from '../../components/quantity';
import { formatNumber, formatPercent, formatQuantity } from '../../lib/format';
import styles from './totals.module.css';

export const Totals_total = graphql(`
  fragment Totals_total on Total {
    all {
      kind
      amount
      unit
      currency
    }
    confirmed {
      ...Quantity_quantity
    }
    contributors
    largestShare
  }
`);

const kindOrder: ResourceKind[] = ['TIME', 'SKILL', 'MONEY', 'IN_KIND', 'GOODWILL'];

/** An amount as a large figure; the unit beside it may wrap to the next line. */
function Amount({ q }: { q: { kind: ResourceKind; amount: unknown; unit: string; currency?: string | null } }) {
  if (q.kind === 'MONEY') return <>{formatQuantity(q)}</>;
  return (
    <>
      {formatNumber(Number(q.amount))}{' '}
      <span className={styles.impactTotalUnit}>{Math.abs(Number(q.amount)) === 1 ? singular(q.unit) : q.unit}</span>
    </>
  );
}

/** How widely one total is pooled, in words. */
export function poolingSentence(contributors: number, largestShare: number): string {
  if (contributors <= 1) return 'One person gave all of it.';
  return `${contributors} people gave; the largest share is ${formatPercent(largestShare)}.`;
}

/**
 * What was contributed per kind, unit and currency (never added across them), with how
 * widely each is pooled: how many gave, and the largest one's share.
 */
export function Totals({ totals }: { totals: readonly FragmentType<typeof Totals_total>[] }) {
  const list = [...getFragmentData(Totals_total, totals)].sort(
    (a, b) => kindOrder.indexOf(a.all.kind) - kindOrder.indexOf(b.all.kind) || a.all.unit.localeCompare(b.all.unit),
  );
  return (
    <ul className={styles.impactTotals}>
      {list.map((t) => {
        const concentrated = t.contributors <= 1 || t.largestShare >= 0.8;
        return (
          <li key={`${t.all.kind}|${t.all.unit}|${t.all.currency ?? ''}`} className={styles.impactTotal}>
            <p className={styles.impactTotalLabel}>{seriesLabel(t.all)}</p>
            <p className={styles.impactTotalAmount}>
              <Amount q={t.all} />
            </p>
            <p className={styles.impactTotalConfirmed}><Quantity quantity={t.confirmed} /> confirmed by another member</p>
            <div className={styles.pooling} aria-hidden="true">
              <span className={styles.poolingLargest} style={{ width: `${Math.min(1, t.largestShare) * 100}%` }} />
            </div>
            <p className={`${styles.impactTotalPooling}${concentrated ? ` ${styles.impactTotalPoolingConcentrated}` : ''}`}>
              {poolingSentence(t.contributors, t.largestShare)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
