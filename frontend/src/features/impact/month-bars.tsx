import type { MonthlySeries } from './series';
import { formatMonth, formatQuantity } from '../../lib/format';
import { useTranslation } from 'react-i18next';
import styles from './month-bars.module.css';

const width = 320;
const height = 100;

/**
 * A small bar chart of one monthly series, drawn in SVG without a chart library (it sits
 * on the dashboard, whose JavaScript must stay small). Each bar is the month's amount,
 * its darker part the confirmed share. The image says in words what it shows; the
 * figures themselves are in the table beside it.
 */
export function MonthBars({ series, months = 12 }: { series: MonthlySeries; months?: number }) {
  const { t } = useTranslation('impact');
  const points = series.points.slice(-months);
  const max = Math.max(...points.map((p) => p.amount), 0);
  const slot = width / Math.max(points.length, 1);
  const bar = Math.max(slot * 0.7, 2);
  const y = (v: number) => (max > 0 ? (height * v) / max : 0);
  const q = (amount: number) =>
    formatQuantity({ amount, kind: series.kind, unit: series.unit, currency: series.currency });
  const best = points.reduce((a, b) => (b.amount > a.amount ? b : a), points[0]);
  const summary = best
    ? t('monthBars.summary', {
        label: series.label,
        from: formatMonth(points[0].month),
        to: formatMonth(points[points.length - 1].month),
        best: formatMonth(best.month),
        amount: q(best.amount),
      })
    : t('monthBars.empty', { label: series.label });
  // The bars stretch to the box (preserveAspectRatio none); the month names are HTML, so
  // they keep their size at any width.
  return (
    <div className="month-bars">
      <svg
        className={styles.monthBarsSvg}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
      >
        {points.map((p, i) => {
          const x = i * slot + (slot - bar) / 2;
          const all = y(p.amount);
          const confirmed = y(Math.min(p.confirmed, p.amount));
          return (
            <g key={p.month}>
              <rect x={x} y={height - all} width={bar} height={all} className={styles.monthBarsAll} />
              <rect x={x} y={height - confirmed} width={bar} height={confirmed} className={styles.monthBarsConfirmed} />
            </g>
          );
        })}
      </svg>
      {points.length > 0 && (
        <p className={styles.monthBarsMonths} aria-hidden="true">
          <span>{formatMonth(points[0].month)}</span>
          {points.length > 1 && <span>{formatMonth(points[points.length - 1].month)}</span>}
        </p>
      )}
    </div>
  );
}
