import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatAmount, formatPart, formatQuantity } from './format';
import { i18n, setLocale, type Locale } from './i18n';

// The browser here reads en-GB (test/setup): each locale below is the app's language.
const cases: Record<Locale, { date: string; money: string; one: string; many: string; part: string }> = {
  en: { date: '10 Dec 2026', money: '€1,234.50', one: '1 hour', many: '2.5 hours', part: '3 of 4 hours' },
  es: { date: '10 dic 2026', money: '1234,50\u00a0€', one: '1 hora', many: '2,5 horas', part: '3 de 4 horas' },
  fr: {
    date: '10 déc. 2026',
    money: '1\u202f234,50\u00a0€',
    one: '1 heure',
    many: '2,5 heures',
    part: '3 sur 4 heures',
  },
  nl: { date: '10 dec 2026', money: '€\u00a01.234,50', one: '1 uur', many: '2,5 uur', part: '3 van 4 uur' },
};

afterEach(() => setLocale('en', false));

describe('formatting in each locale', () => {
  for (const [locale, want] of Object.entries(cases) as [Locale, (typeof cases)[Locale]][]) {
    it(`${locale}: a date, a quantity of money and a plural`, async () => {
      await setLocale(locale, false);
      expect(i18n.language).toBe(locale);
      expect(formatDate('2026-12-10T18:30:00Z', 'Europe/Amsterdam')).toBe(want.date);
      expect(formatAmount({ kind: 'MONEY', amount: '1234.50', unit: 'EUR', currency: 'EUR' })).toBe(want.money);
      expect(formatQuantity({ kind: 'TIME', amount: '1', unit: 'hours', currency: null })).toBe(want.one);
      expect(formatQuantity({ kind: 'TIME', amount: '2.5', unit: 'hours', currency: null })).toBe(want.many);
      expect(
        formatPart(
          { kind: 'TIME', amount: '3', unit: 'hours', currency: null },
          { kind: 'TIME', amount: '4', unit: 'hours', currency: null },
        ),
      ).toBe(want.part);
    });
  }
});
