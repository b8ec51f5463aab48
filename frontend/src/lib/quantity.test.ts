import { describe, expect, it } from 'vitest';
import {
  checkAmount,
  checkQuantityDraft,
  checkUnit,
  emptyQuantity,
  inKindOrder,
  matchQuantity,
  quantityInput,
  sameUnit,
} from './quantity';

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
