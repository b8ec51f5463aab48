// Loaded on demand (see charts.tsx): recharts stays out of the main page's JavaScript.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthlySeries } from './series';
import { formatMonth, formatNumber } from '../../lib/format';
import { unitOf } from './words';

const colors = { all: '#b9ab97', confirmed: '#1f5b55', grid: '#e2d8c9' };

/**
 * One monthly series as bars: everything counted, and the confirmed part beside it.
 * Drawn for sighted readers only; the page gives the same figures as a table.
 */
export default function MonthlyChart({ series }: { series: MonthlySeries }) {
  const { t } = useTranslation('impact');
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      data={series.points}
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 12, right: 8, bottom: 4, left: 4 }}
    >
      <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="month"
        tickFormatter={(v: string) => formatMonth(v)}
        tick={{ fontSize: 12, fill: '#5a5249' }}
        minTickGap={12}
      />
      <YAxis tickFormatter={(v: number) => formatNumber(v)} tick={{ fontSize: 12, fill: '#5a5249' }} width={52} />
      <Tooltip
        formatter={(v, name) => [`${formatNumber(Number(v))} ${unitOf(series, Number(v))}`, name]}
        labelFormatter={(m) => (typeof m === 'string' ? formatMonth(m) : m)}
      />
      <Legend wrapperStyle={{ fontSize: 13 }} formatter={(name) => <span style={{ color: '#24211d' }}>{name}</span>} />
      <Bar name={t('monthly.allEntries')} dataKey="amount" fill={colors.all} isAnimationActive={false} />
      <Bar name={t('monthly.confirmed')} dataKey="confirmed" fill={colors.confirmed} isAnimationActive={false} />
    </BarChart>
  );
}
