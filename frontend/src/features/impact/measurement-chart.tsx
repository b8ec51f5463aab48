// Loaded on demand (see charts.tsx): recharts stays out of the main page's JavaScript.
import { CartesianGrid, ComposedChart, Line, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { timeDomain, timeTicks, valueAxis, type MeasurementPoint } from './series';
import { formatDate, formatNumber, formatWithUnit } from '../../lib/format';

export interface MeasurementChartProps {
  points: MeasurementPoint[];
  baseline: number;
  target: number;
  unit: string;
}

const colors = { line: '#1f5b55', corrected: '#96462a', baseline: '#5a5249', target: '#2b6a3d', grid: '#e2d8c9' };

/**
 * An outcome's measurements over time: the ones that count as a line, corrected ones as
 * hollow marks, with the baseline and the target as level lines. Drawn for sighted
 * readers only; the page gives the same figures as text.
 */
export default function MeasurementChart({ points, baseline, target, unit }: MeasurementChartProps) {
  const { t } = useTranslation('impact');
  const current = points.filter((p) => p.current);
  const corrected = points.filter((p) => !p.current);
  const axis = valueAxis(
    points.map((p) => p.value),
    baseline,
    target,
  );
  // Each label sits on the side of its line that faces the other line (recharts' "insideTop"
  // draws below a horizontal line), the target's at the start, where measurements are
  // still near the baseline, and the baseline's at the end.
  const up = target > baseline;
  return (
    <ComposedChart
      responsive
      accessibilityLayer={false}
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 20, right: 12, bottom: 4, left: 4 }}
    >
      <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={timeDomain(points)}
        ticks={timeTicks(points, 4)}
        interval="preserveStartEnd"
        tickFormatter={(t: number) => formatDate(new Date(t).toISOString())}
        tick={{ fontSize: 12, fill: '#5a5249' }}
        minTickGap={24}
      />
      <YAxis
        dataKey="value"
        type="number"
        domain={axis.domain}
        ticks={axis.ticks}
        interval={0}
        tickFormatter={(v: number) => formatNumber(v)}
        tick={{ fontSize: 12, fill: '#5a5249' }}
        width={52}
      />
      <ReferenceLine
        y={baseline}
        stroke={colors.baseline}
        strokeDasharray="6 4"
        label={{
          value: t('chart.baseline', { figure: formatWithUnit(baseline, unit) }),
          position: up ? 'insideBottomRight' : 'insideTopRight',
          fontSize: 12,
          fill: colors.baseline,
        }}
      />
      <ReferenceLine
        y={target}
        stroke={colors.target}
        strokeWidth={2}
        label={{
          value: t('chart.target', { figure: formatWithUnit(target, unit) }),
          position: up ? 'insideTopLeft' : 'insideBottomLeft',
          fontSize: 12,
          fill: colors.target,
        }}
      />
      <Tooltip
        formatter={(v) => formatWithUnit(Number(v), unit)}
        labelFormatter={(t) => formatDate(new Date(Number(t)).toISOString())}
      />
      {corrected.length > 0 && (
        <Scatter
          name={t('item.corrected')}
          data={corrected}
          dataKey="value"
          fill="#fff"
          stroke={colors.corrected}
          strokeWidth={2}
          isAnimationActive={false}
        />
      )}
      <Line
        name={t('chart.measured')}
        data={current}
        dataKey="value"
        type="linear"
        stroke={colors.line}
        strokeWidth={2.5}
        dot={{ r: 5, fill: colors.line, stroke: colors.line }}
        activeDot={{ r: 7 }}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
