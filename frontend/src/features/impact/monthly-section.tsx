import { useId, useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { MonthlyChart } from './charts';
import { monthlySeries, type MonthlySeries } from './series';
import { formatMonth, formatNumber } from '../../lib/format';
import shared from './impact.module.css';
import styles from './monthly-section.module.css';
import fieldStyles from '../../components/ui/field.module.css';

export const MonthlySection_point = graphql(`
  fragment MonthlySection_point on ImpactPoint {
    month
    kind
    unit
    currency
    amount
    confirmed
    contributors
  }
`);

/** The chart's text alternative in one sentence; the table gives every month. */
export function seriesSummary(s: MonthlySeries): string {
  const unit = s.currency ?? s.unit;
  const sum = s.points.reduce((a, p) => a + p.amount, 0);
  const best = s.points.reduce((a, p) => (p.amount > a.amount ? p : a), s.points[0]);
  const span =
    s.points.length === 1
      ? `in ${formatMonth(s.points[0].month)}`
      : `from ${formatMonth(s.points[0].month)} to ${formatMonth(s.points[s.points.length - 1].month)}`;
  return (
    `${s.label}: ${formatNumber(sum)} ${unit} ${span}` +
    (s.points.length > 1 ? `, the most in ${formatMonth(best.month)} (${formatNumber(best.amount)} ${unit})` : '') +
    '. The table below gives each month.'
  );
}

/**
 * Contributions month by month: one series at a time (kinds, units and currencies are
 * never added together), as a chart with a table of the same figures.
 */
export function MonthlySection({
  points,
  empty,
  tableOpen = false,
}: {
  points: readonly FragmentType<typeof MonthlySection_point>[];
  empty: ReactNode;
  /** Shows the month table at first (the printed report, whose caption points to it). */
  tableOpen?: boolean;
}) {
  const series = monthlySeries(getFragmentData(MonthlySection_point, points));
  const [key, setKey] = useState<string>();
  const id = useId();
  if (series.length === 0) return <>{empty}</>;
  const shown = series.find((s) => s.key === key) ?? series[0];
  const unit = shown.currency ?? shown.unit;
  return (
    <div className="monthly">
      {series.length > 1 && (
        <div className={`${fieldStyles.field} ${styles.monthlyPick}`}>
          <label className={fieldStyles.fieldLabel} htmlFor={`${id}-series`}>
            Show
          </label>
          <select
            id={`${id}-series`}
            className={fieldStyles.input}
            value={shown.key}
            onChange={(e) => setKey(e.target.value)}
          >
            {series.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <figure className={shared.monthlyFigure}>
        <MonthlyChart series={shown} />
        <figcaption className={shared.chartCaption}>{seriesSummary(shown)}</figcaption>
      </figure>
      <details className={shared.monthlyTable} open={tableOpen || undefined}>
        <summary>The figures month by month</summary>
        {/* Focusable, so the table scrolls from the keyboard on a narrow screen. */}
        <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={`${shown.label}, month by month`}>
          <table className={styles.table}>
            <caption className="visually-hidden">{shown.label}, month by month (months in UTC)</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">All entries</th>
                <th scope="col">Confirmed</th>
                <th scope="col">People</th>
              </tr>
            </thead>
            <tbody>
              {shown.points.map((p) => (
                <tr key={p.month}>
                  <th scope="row">{formatMonth(p.month)}</th>
                  <td>
                    {formatNumber(p.amount)} {unit}
                  </td>
                  <td>
                    {formatNumber(p.confirmed)} {unit}
                  </td>
                  <td>{p.contributors}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
