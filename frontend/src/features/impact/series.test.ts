import { describe, expect, it } from 'vitest';
import { measurementPoints, monthlySeries, timeDomain, timeTicks, valueAxis } from './series';

describe('monthlySeries', () => {
  it('keeps kinds, units and currencies apart and fills the empty months with zero', () => {
    const got = monthlySeries([
      { month: '2026-01-01T00:00:00Z', kind: 'TIME', unit: 'hours', amount: '4.5', confirmed: '2', contributors: 2 },
      { month: '2026-01-01T00:00:00Z', kind: 'MONEY', unit: 'EUR', currency: 'EUR', amount: '20.00', confirmed: '20.00', contributors: 1 },
      { month: '2026-04-01T00:00:00Z', kind: 'TIME', unit: 'hours', amount: '3', confirmed: '3', contributors: 1 },
      { month: '2026-02-01T00:00:00Z', kind: 'MONEY', unit: 'GBP', currency: 'GBP', amount: '5.00', confirmed: '0.00', contributors: 1 },
    ]);
    expect(got.map((s) => s.label)).toEqual(['Time, hours', 'Money, EUR', 'Money, GBP']);
    expect(got[0].points).toEqual([
      { month: '2026-01-01T00:00:00Z', amount: 4.5, confirmed: 2, contributors: 2 },
      { month: '2026-02-01T00:00:00Z', amount: 0, confirmed: 0, contributors: 0 },
      { month: '2026-03-01T00:00:00Z', amount: 0, confirmed: 0, contributors: 0 },
      { month: '2026-04-01T00:00:00Z', amount: 3, confirmed: 3, contributors: 1 },
    ]);
    expect(got[1].points).toHaveLength(1);
  });

  it('crosses the turn of the year in UTC', () => {
    const [s] = monthlySeries([
      { month: '2025-11-01T00:00:00Z', kind: 'IN_KIND', unit: 'meals', amount: '10', confirmed: '10', contributors: 1 },
      { month: '2026-01-01T00:00:00Z', kind: 'IN_KIND', unit: 'meals', amount: '12', confirmed: '6', contributors: 2 },
    ]);
    expect(s.points.map((p) => p.month)).toEqual(['2025-11-01T00:00:00Z', '2025-12-01T00:00:00Z', '2026-01-01T00:00:00Z']);
  });

  it('has no series without points', () => {
    expect(monthlySeries([])).toEqual([]);
  });
});

describe('measurementPoints', () => {
  it('puts measurements in time order and keeps whether each still counts', () => {
    const got = measurementPoints([
      { id: 'b', value: 190, measuredAt: '2026-09-01T12:00:00Z', current: true },
      { id: 'a', value: 135, measuredAt: '2026-08-01T12:00:00Z', current: false },
    ]);
    expect(got.map((p) => [p.id, p.value, p.current])).toEqual([
      ['a', 135, false],
      ['b', 190, true],
    ]);
  });
});

describe('valueAxis', () => {
  it('keeps baseline and target in view with round ticks', () => {
    expect(valueAxis([70, 120], 40, 200)).toEqual({ domain: [0, 200], ticks: [0, 50, 100, 150, 200] });
    expect(valueAxis([1240, 905], 1800, 900)).toEqual({ domain: [800, 1800], ticks: [800, 1000, 1200, 1400, 1600, 1800] });
  });

  it('does not dip below zero for counts that start at zero', () => {
    expect(valueAxis([22], 0, 250).domain).toEqual([0, 250]);
  });

  it('goes below zero when a measurement does', () => {
    expect(valueAxis([-3], 0, 10).domain[0]).toBeLessThan(-3);
  });
});

describe('timeDomain', () => {
  it('widens a single point so it is not drawn on the edge', () => {
    const t = Date.UTC(2026, 0, 1);
    const [lo, hi] = timeDomain([{ t }]);
    expect(lo).toBeLessThan(t);
    expect(hi).toBeGreaterThan(t);
  });
});

describe('timeTicks', () => {
  const at = (d: number) => ({ t: Date.UTC(2026, 0, d, 12) });

  it('marks each day measured once', () => {
    expect(timeTicks([at(1), { t: Date.UTC(2026, 0, 1, 18) }, at(9)])).toEqual([at(1).t, at(9).t]);
  });

  it('keeps the first and the last when there are many', () => {
    const got = timeTicks([1, 2, 3, 4, 5, 6, 7, 8, 9].map(at), 3);
    expect(got).toEqual([at(1).t, at(5).t, at(9).t]);
  });
});
