/**
 * Data for the impact charts, shaped in plain functions so they can be tested without a
 * browser: monthly series that never mix kinds, units or currencies, with the empty months
 * filled in, and an outcome's measurements in time order.
 */
import type { ResourceKind } from '../../gql/graphql';
import { seriesLabel } from './words';
import {  } from '../../lib/format';

export interface MonthlyPointInput {
  month: string;
  kind: ResourceKind;
  unit: string;
  currency?: string | null;
  /** Decimal strings from the API. */
  amount: unknown;
  confirmed: unknown;
  contributors: number;
}

export interface MonthPoint {
  /** The month's first instant in UTC, as the API gives it. */
  month: string;
  amount: number;
  confirmed: number;
  contributors: number;
}

export interface MonthlySeries {
  key: string;
  kind: ResourceKind;
  unit: string;
  currency: string | null;
  label: string;
  points: MonthPoint[];
}

const kindOrder: ResourceKind[] = ['TIME', 'SKILL', 'MONEY', 'IN_KIND', 'GOODWILL'];

function monthIndex(iso: string): number {
  const d = new Date(iso);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function monthStart(index: number): string {
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1)).toISOString().replace('.000Z', 'Z');
}

/**
 * Splits the API's points into one series per kind, unit and currency, each month from
 * the first to the last present (the API leaves out months without contributions; they
 * count as zero here, so the chart's time axis stays even).
 */
export function monthlySeries(points: readonly MonthlyPointInput[]): MonthlySeries[] {
  const groups = new Map<string, MonthlySeries & { byMonth: Map<number, MonthPoint> }>();
  for (const p of points) {
    const key = `${p.kind}|${p.unit}|${p.currency ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, kind: p.kind, unit: p.unit, currency: p.currency ?? null, label: seriesLabel(p), points: [], byMonth: new Map() };
      groups.set(key, g);
    }
    g.byMonth.set(monthIndex(p.month), {
      month: p.month,
      amount: Number(p.amount),
      confirmed: Number(p.confirmed),
      contributors: p.contributors,
    });
  }
  const out: MonthlySeries[] = [];
  for (const { byMonth, ...g } of groups.values()) {
    const months = [...byMonth.keys()];
    const first = Math.min(...months);
    const last = Math.max(...months);
    for (let m = first; m <= last; m++) {
      g.points.push(byMonth.get(m) ?? { month: monthStart(m), amount: 0, confirmed: 0, contributors: 0 });
    }
    out.push(g);
  }
  return out.sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.label.localeCompare(b.label));
}

export interface MeasurementPoint {
  id: string;
  /** measuredAt in milliseconds, for a time axis. */
  t: number;
  value: number;
  /** False for a measurement a correction supersedes. */
  current: boolean;
}

/** An outcome's measurements, oldest first. */
export function measurementPoints(
  ms: readonly { id: string; value: number; measuredAt: string; current: boolean }[],
): MeasurementPoint[] {
  return ms
    .map((m) => ({ id: m.id, t: new Date(m.measuredAt).getTime(), value: m.value, current: m.current }))
    .filter((p) => Number.isFinite(p.t))
    .sort((a, b) => a.t - b.t);
}

/** A round step near `rough`: 1, 2 or 5 times a power of ten. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/**
 * The value axis: every measurement, the baseline and the target in view, with round
 * ticks (about five) so that the axis reads easily.
 */
export function valueAxis(values: readonly number[], baseline: number, target: number): { domain: [number, number]; ticks: number[] } {
  const all = [...values, baseline, target];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (lo === hi) {
    lo -= Math.abs(lo) * 0.1 || 1;
    hi += Math.abs(hi) * 0.1 || 1;
  }
  const step = niceStep((hi - lo) / 5);
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Math.round(t / step) * step);
  return { domain: [min, max], ticks };
}

const day = 24 * 60 * 60 * 1000;

/** The time axis: from the first to the last point, widened when there is only one. */
export function timeDomain(points: readonly { t: number }[]): [number, number] {
  if (points.length === 0) return [Date.now() - day, Date.now() + day];
  const ts = points.map((p) => p.t);
  const lo = Math.min(...ts);
  const hi = Math.max(...ts);
  if (hi - lo < day) return [lo - 3 * day, hi + 3 * day];
  const pad = (hi - lo) * 0.04;
  return [lo - pad, hi + pad];
}

/**
 * Where the time axis puts its dates: at the measurements themselves (one per day), at
 * most `max` of them, spread evenly and always with the first and the last.
 */
export function timeTicks(points: readonly { t: number }[], max = 5): number[] {
  const days = new Map<number, number>();
  for (const p of points) {
    const d = Math.floor(p.t / day);
    if (!days.has(d)) days.set(d, p.t);
  }
  const ts = [...days.values()].sort((a, b) => a - b);
  if (ts.length <= max) return ts;
  const out: number[] = [];
  for (let i = 0; i < max; i++) out.push(ts[Math.round((i * (ts.length - 1)) / (max - 1))]);
  return [...new Set(out)];
}
