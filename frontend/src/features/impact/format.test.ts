import { describe, expect, it } from 'vitest';
import { formatMonth, formatPercent, formatQuantity, listInWords, withUnit } from './format';

describe('format', () => {
  it('writes numbers with their units', () => {
    expect(withUnit(1240.5, 'kWh per month')).toBe('1,240.5\u00a0kWh per month');
    expect(withUnit(-3, 'kg')).toBe('−3\u00a0kg');
  });

  it('writes amounts of each kind in their unit or currency', () => {
    expect(formatQuantity({ kind: 'TIME', amount: '12.50', unit: 'hours' })).toBe('12.5\u00a0hours');
    expect(formatQuantity({ kind: 'MONEY', amount: '250.00', unit: 'EUR', currency: 'EUR' })).toBe('€250.00');
    expect(formatQuantity({ kind: 'IN_KIND', amount: '40', unit: 'meals' })).toBe('40\u00a0meals');
  });

  it('keeps percentages past 100 and below 0', () => {
    expect(formatPercent(1.25)).toBe('125%');
    expect(formatPercent(-0.25)).toBe('−25%');
  });

  it('names months as the API buckets them, in UTC', () => {
    expect(formatMonth('2026-03-01T00:00:00Z')).toBe('Mar 2026');
  });

  it('lists names in words', () => {
    expect(listInWords(['Lotte'])).toBe('Lotte');
    expect(listInWords(['Lotte', 'Fatima', 'Amara'])).toBe('Lotte, Fatima and Amara');
  });
});
