import { Trans, useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ResourceKind } from '../../gql/graphql';
import { isHours, singular } from '../../lib/quantity';
import { seriesLabel, unitOf } from './words';
import { Quantity } from '../../components/quantity';
import { formatNumber, formatPercent, formatQuantity } from '../../lib/format';
import { i18n } from '../../lib/i18n';
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
      <span className={styles.impactTotalUnit}>
        {isHours(q.kind) ? unitOf(q, Number(q.amount)) : Math.abs(Number(q.amount)) === 1 ? singular(q.unit) : q.unit}
      </span>
    </>
  );
}

/** How widely one total is pooled, in words. */
export function poolingSentence(contributors: number, largestShare: number): string {
  if (contributors <= 1) return i18n.t('impact:pooling.onePerson');
  return i18n.t('impact:pooling.gave', { count: contributors, share: formatPercent(largestShare) });
}

/**
 * What was contributed per kind, unit and currency (never added across them), with how
 * widely each is pooled: how many gave, and the largest one's share.
 */
export function Totals({ totals }: { totals: readonly FragmentType<typeof Totals_total>[] }) {
  const { t } = useTranslation('impact');
  const list = [...getFragmentData(Totals_total, totals)].sort(
    (a, b) => kindOrder.indexOf(a.all.kind) - kindOrder.indexOf(b.all.kind) || a.all.unit.localeCompare(b.all.unit),
  );
  return (
    <ul className={styles.impactTotals}>
      {list.map((total) => {
        const concentrated = total.contributors <= 1 || total.largestShare >= 0.8;
        return (
          <li key={`${total.all.kind}|${total.all.unit}|${total.all.currency ?? ''}`} className={styles.impactTotal}>
            <p className={styles.impactTotalLabel}>{seriesLabel(total.all)}</p>
            <p className={styles.impactTotalAmount}>
              <Amount q={total.all} />
            </p>
            <p className={styles.impactTotalConfirmed}>
              <Trans
                t={t}
                i18nKey="totals.confirmed"
                components={{ quantity: <Quantity quantity={total.confirmed} /> }}
              />
            </p>
            <div className={styles.pooling} aria-hidden="true">
              <span className={styles.poolingLargest} style={{ width: `${Math.min(1, total.largestShare) * 100}%` }} />
            </div>
            <p
              className={`${styles.impactTotalPooling}${concentrated ? ` ${styles.impactTotalPoolingConcentrated}` : ''}`}
            >
              {poolingSentence(total.contributors, total.largestShare)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
