import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatDate,
  formatDateTime,
  formatDateTimeLong,
  formatMonth,
  formatNumber,
  formatPart,
  formatPercent,
  formatQuantity,
  formatWithUnit,
  userLocale,
} from './format';
import { trimDecimal } from './quantity';

// src/test/setup.ts pins the locale to en-GB, as the e2e harness pins Chromium's.
describe('formatQuantity', () => {
  it.each([
    [{ kind: 'TIME', amount: '2.50', unit: 'hours' }, '2.5 hours'],
    [{ kind: 'SKILL', amount: '1.00', unit: 'hours' }, '1 hour'],
    [{ kind: 'TIME', amount: '1250.00', unit: 'hours' }, '1,250 hours'],
    [{ kind: 'TIME', amount: '-3.00', unit: 'hours' }, '−3 hours'],
    [{ kind: 'MONEY', amount: '12.50', unit: 'EUR', currency: 'EUR' }, '€12.50'],
    [{ kind: 'MONEY', amount: '-450.00', unit: 'EUR', currency: 'EUR' }, '−€450.00'],
    [{ kind: 'MONEY', amount: '1500', unit: 'JPY', currency: 'JPY' }, 'JP¥1,500'],
    [{ kind: 'IN_KIND', amount: '3', unit: 'meals' }, '3 meals'],
    [{ kind: 'GOODWILL', amount: '12', unit: 'introductions' }, '12 introductions'],
    [{ kind: 'IN_KIND', amount: '1', unit: 'fridges' }, '1 fridge'],
    [{ kind: 'IN_KIND', amount: '1', unit: 'broken appliances' }, '1 broken appliance'],
    [{ kind: 'IN_KIND', amount: '1', unit: 'glass' }, '1 glass'],
    [{ kind: 'IN_KIND', amount: '1', unit: 'kg' }, '1 kg'],
  ] as const)('%j reads %j', (q, want) => {
    expect(formatQuantity(q)).toBe(want);
  });

  it('says a part of a whole with the unit once', () => {
    expect(
      formatPart({ kind: 'TIME', amount: '23.00', unit: 'hours' }, { kind: 'TIME', amount: '40.00', unit: 'hours' }),
    ).toBe('23 of 40 hours');
    expect(
      formatPart(
        { kind: 'MONEY', amount: '30.00', unit: 'EUR', currency: 'EUR' },
        { kind: 'MONEY', amount: '120.00', unit: 'EUR', currency: 'EUR' },
      ),
    ).toBe('€30.00 of €120.00');
  });

  it('keeps trailing zeros of money but not of hours', () => {
    expect(trimDecimal('10.50')).toBe('10.5');
    expect(trimDecimal('10.00')).toBe('10');
    expect(trimDecimal('7')).toBe('7');
    expect(formatAmount({ kind: 'MONEY', amount: '10.00', unit: 'USD', currency: 'USD' })).toBe('US$10.00');
  });

  it('writes ratios as whole percentages, over 100% when over', () => {
    expect(formatPercent(0.575)).toBe('58%');
    expect(formatPercent(1.25)).toBe('125%');
    expect(formatPercent(0)).toBe('0%');
  });
});

describe('formatDateTimeLong', () => {
  // ICU versions differ on the comma after the weekday.
  it('says the day, the time and the zone', () => {
    expect(formatDateTimeLong('2026-12-03T13:00:00Z', 'Europe/Amsterdam')).toMatch(/^Thursday,? 3 December 2026 at 14:00 CET$/);
    expect(formatDateTimeLong('2026-12-03T13:00:00Z', 'UTC')).toMatch(/^Thursday,? 3 December 2026 at 13:00 UTC$/);
  });
});

describe('impact figures', () => {
  it('writes numbers with their units', () => {
    expect(formatWithUnit(1240.5, 'kWh per month')).toBe('1,240.5\u00a0kWh per month');
    expect(formatWithUnit(-3, 'kg')).toBe('−3\u00a0kg');
  });

  it('writes amounts of each kind in their unit or currency', () => {
    expect(formatQuantity({ kind: 'TIME', amount: '12.50', unit: 'hours' })).toBe('12.5 hours');
    expect(formatQuantity({ kind: 'MONEY', amount: '250.00', unit: 'EUR', currency: 'EUR' })).toBe('€250.00');
    expect(formatQuantity({ kind: 'IN_KIND', amount: '40', unit: 'meals' })).toBe('40 meals');
  });

  it('keeps percentages past 100 and below 0', () => {
    expect(formatPercent(1.25)).toBe('125%');
    expect(formatPercent(-0.25)).toBe('−25%');
  });

  it('names months as the API buckets them, in UTC', () => {
    expect(formatMonth('2026-03-01T00:00:00Z')).toBe('Mar 2026');
  });

});

describe('dates', () => {
  it('reads a day, a day and time, and a month in the pinned locale', () => {
    expect(userLocale()).toBe('en-GB');
    expect(formatDate('2026-11-26T12:00:00Z', 'UTC')).toBe('26 Nov 2026');
    expect(formatDateTime('2026-11-26T14:05:00Z', 'UTC')).toBe('26 Nov 2026, 14:05');
    expect(formatMonth('2026-11-01T00:00:00Z', 'long')).toBe('November 2026');
  });

  it('is empty for no or a malformed date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
});

describe('numbers', () => {
  it('group thousands and use a real minus sign', () => {
    expect(formatNumber(1250.5)).toBe('1,250.5');
    expect(formatNumber(-2)).toBe('−2');
  });
});
