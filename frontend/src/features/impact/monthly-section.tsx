import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { MonthlyChart } from './charts';
import { monthlySeries, type MonthlySeries } from './series';
import { unitOf } from './words';
import { formatMonth, formatNumber } from '../../lib/format';
import { i18n } from '../../lib/i18n';
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
  const sum = s.points.reduce((a, p) => a + p.amount, 0);
  const best = s.points.reduce((a, p) => (p.amount > a.amount ? p : a), s.points[0]);
  const total = { label: s.label, amount: formatNumber(sum), unit: unitOf(s, sum) };
  if (s.points.length === 1) {
    return i18n.t('impact:monthly.summaryOne', { ...total, month: formatMonth(s.points[0].month) });
  }
  return i18n.t('impact:monthly.summary', {
    ...total,
    from: formatMonth(s.points[0].month),
    to: formatMonth(s.points[s.points.length - 1].month),
    best: formatMonth(best.month),
    bestAmount: formatNumber(best.amount),
    bestUnit: unitOf(s, best.amount),
  });
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
  const { t } = useTranslation('impact');
  const series = monthlySeries(getFragmentData(MonthlySection_point, points));
  const [key, setKey] = useState<string>();
  const id = useId();
  if (series.length === 0) return <>{empty}</>;
  const shown = series.find((s) => s.key === key) ?? series[0];
  return (
    <div className="monthly">
      {series.length > 1 && (
        <div className={`${fieldStyles.field} ${styles.monthlyPick}`}>
          <label className={fieldStyles.fieldLabel} htmlFor={`${id}-series`}>
            {t('show')}
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
        <summary>{t('monthly.figures')}</summary>
        {/* Focusable, so the table scrolls from the keyboard on a narrow screen. */}
        <div
          className={styles.tableScroll}
          tabIndex={0}
          role="region"
          aria-label={t('monthly.tableLabel', { label: shown.label })}
        >
          <table className={styles.table}>
            <caption className="visually-hidden">{t('monthly.caption', { label: shown.label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('monthly.month')}</th>
                <th scope="col">{t('monthly.allEntries')}</th>
                <th scope="col">{t('monthly.confirmed')}</th>
                <th scope="col">{t('monthly.people')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.points.map((p) => (
                <tr key={p.month}>
                  <th scope="row">{formatMonth(p.month)}</th>
                  <td>
                    {formatNumber(p.amount)} {unitOf(shown, p.amount)}
                  </td>
                  <td>
                    {formatNumber(p.confirmed)} {unitOf(shown, p.confirmed)}
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
