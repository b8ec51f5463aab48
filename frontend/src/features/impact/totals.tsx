import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatPercent, formatQuantity, seriesLabel } from './format';

export const Totals_total = graphql(`
  fragment Totals_total on Total {
    all {
      kind
      amount
      unit
      currency
    }
    confirmed {
      kind
      amount
      unit
      currency
    }
    contributors
    largestShare
  }
`);

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
  const list = getFragmentData(Totals_total, totals);
  return (
    <ul className="totals">
      {list.map((t) => {
        const concentrated = t.contributors <= 1 || t.largestShare >= 0.8;
        return (
          <li key={`${t.all.kind}|${t.all.unit}|${t.all.currency ?? ''}`} className="total">
            <p className="total__label">{seriesLabel(t.all)}</p>
            <p className="total__amount">{formatQuantity(t.all)}</p>
            <p className="total__confirmed">{formatQuantity(t.confirmed)} confirmed by another member</p>
            <div className="pooling" aria-hidden="true">
              <span className="pooling__largest" style={{ width: `${Math.min(1, t.largestShare) * 100}%` }} />
            </div>
            <p className={`total__pooling${concentrated ? ' total__pooling--concentrated' : ''}`}>
              {poolingSentence(t.contributors, t.largestShare)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
