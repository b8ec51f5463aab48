import { describe, expect, it } from 'vitest';
import {
  checkAmount,
  checkQuantityDraft,
  checkUnit,
  emptyQuantity,
  formatAmount,
  formatPart,
  formatPercent,
  formatQuantity,
  inKindOrder,
  matchQuantity,
  quantityInput,
  sameUnit,
  trimDecimal,
} from './quantity';

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

describe('checkAmount', () => {
  it.each([
    ['', 'TIME', undefined, 'Say how much.'],
    ['abc', 'TIME', undefined, 'Write a number such as 2.5, without units or signs.'],
    ['-2', 'TIME', undefined, 'Write a number such as 2.5, without units or signs.'],
    ['0', 'TIME', undefined, 'A quantity must be more than zero.'],
    ['2.555', 'SKILL', undefined, 'Use at most 2 decimal places.'],
    ['2.5', 'IN_KIND', undefined, 'This is counted in whole numbers.'],
    ['10.5', 'MONEY', 'JPY', 'This is counted in whole numbers.'],
    ['10.505', 'MONEY', 'EUR', 'Use at most 2 decimal places.'],
  ] as const)('%j as %s (%s) is refused: %s', (text, kind, currency, want) => {
    expect(checkAmount(text, kind, currency)).toBe(want);
  });

  it.each([
    ['2.5', 'TIME', undefined],
    ['2,50', 'SKILL', undefined],
    ['3', 'GOODWILL', undefined],
    ['12.50', 'MONEY', 'EUR'],
    ['2.00', 'IN_KIND', undefined],
  ] as const)('%j as %s (%s) is fine', (text, kind, currency) => {
    expect(checkAmount(text, kind, currency)).toBeUndefined();
  });
});

describe('units and currencies', () => {
  it('asks money for a currency and goods for a unit, and nothing of hours', () => {
    expect(checkUnit('MONEY', '', '')).toEqual({ currency: 'Choose a currency.' });
    expect(checkUnit('MONEY', '', 'XYZ')).toEqual({ currency: 'Choose a currency from the list.' });
    expect(checkUnit('IN_KIND', ' ', 'EUR')).toEqual({
      unit: 'Say what is counted, such as meals, boxes or introductions.',
    });
    expect(checkUnit('TIME', '', '')).toEqual({});
  });

  it('sends the currency for money, a lower-case unit for goods, neither for hours', () => {
    expect(quantityInput({ kind: 'MONEY', amount: ' 12,5 ', unit: 'meals', currency: 'EUR' })).toEqual({
      kind: 'MONEY',
      quantity: '12.5',
      currency: 'EUR',
    });
    expect(quantityInput({ kind: 'IN_KIND', amount: '3', unit: ' Meals ', currency: 'EUR' })).toEqual({
      kind: 'IN_KIND',
      quantity: '3',
      unit: 'meals',
    });
    expect(quantityInput({ kind: 'TIME', amount: '2', unit: 'x', currency: 'EUR' })).toEqual({
      kind: 'TIME',
      quantity: '2',
    });
  });

  it('names the errors as the API does', () => {
    expect(checkQuantityDraft({ kind: 'GOODWILL', amount: '1.5', unit: '', currency: '' })).toEqual({
      quantity: 'This is counted in whole numbers.',
      unit: 'Say what is counted, such as meals, boxes or introductions.',
    });
  });

  it('takes a need’s kind and unit, keeping the amount', () => {
    const need = { kind: 'MONEY' as const, amount: '450.00', unit: 'USD', currency: 'USD' };
    const d = matchQuantity({ ...emptyQuantity, amount: '20' }, need);
    expect(d).toEqual({ kind: 'MONEY', amount: '20', unit: '', currency: 'USD' });
    expect(sameUnit(d, need)).toBe(true);
    expect(sameUnit({ ...d, currency: 'EUR' }, need)).toBe(false);
    expect(
      sameUnit({ ...emptyQuantity, kind: 'IN_KIND', unit: 'Meals' }, { kind: 'IN_KIND', amount: '3', unit: 'meals' }),
    ).toBe(true);
  });
});

describe('inKindOrder', () => {
  it('orders totals time, skill, money, goods, goodwill, then by unit or currency', () => {
    const t = (kind: string, unit: string, currency?: string) => ({ all: { kind, unit, currency } }) as never;
    const got = inKindOrder([t('IN_KIND', 'fridges'), t('TIME', 'hours'), t('MONEY', '', 'USD'), t('SKILL', 'hours'), t('MONEY', '', 'EUR'), t('IN_KIND', 'bags')]).map(
      (x: { all: { kind: string; unit: string; currency?: string } }) => `${x.all.kind} ${x.all.currency ?? x.all.unit}`,
    );
    expect(got).toEqual(['TIME hours', 'SKILL hours', 'MONEY EUR', 'MONEY USD', 'IN_KIND bags', 'IN_KIND fridges']);
  });
});
