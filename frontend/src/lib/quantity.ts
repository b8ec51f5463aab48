/**
 * Quantities as the API keeps them (schema.graphql, DESIGN.md "Units"): TIME and SKILL in
 * hours with two decimals, MONEY in an ISO 4217 currency with its minor units, IN_KIND and
 * GOODWILL as whole counts of a unit word. Amounts travel as decimal strings ("2.50") and
 * are never added across kinds, units or currencies.
 */
import type { ResourceKind } from '../gql/graphql';
import { i18n } from './i18n';

export const kinds: readonly ResourceKind[] = ['TIME', 'SKILL', 'MONEY', 'IN_KIND', 'GOODWILL'];

/**
 * What each kind is called on the page, and what it means, in the app's language at the
 * moment they are read.
 */
export const kindWords: Record<ResourceKind, { readonly label: string; readonly hint: string }> = {
  TIME: {
    get label() {
      return i18n.t('kinds.time.label');
    },
    get hint() {
      return i18n.t('kinds.time.hint');
    },
  },
  SKILL: {
    get label() {
      return i18n.t('kinds.skill.label');
    },
    get hint() {
      return i18n.t('kinds.skill.hint');
    },
  },
  MONEY: {
    get label() {
      return i18n.t('kinds.money.label');
    },
    get hint() {
      return i18n.t('kinds.money.hint');
    },
  },
  IN_KIND: {
    get label() {
      return i18n.t('kinds.inKind.label');
    },
    get hint() {
      return i18n.t('kinds.inKind.hint');
    },
  },
  GOODWILL: {
    get label() {
      return i18n.t('kinds.goodwill.label');
    },
    get hint() {
      return i18n.t('kinds.goodwill.hint');
    },
  },
};

/**
 * Totals in the order the kinds are offered everywhere (time, skill, money, goods,
 * goodwill), then by unit or currency, so every list of totals reads the same way.
 */
export function inKindOrder<T extends { all: { kind: ResourceKind; unit: string; currency?: string | null } }>(
  totals: readonly T[],
): T[] {
  const key = (t: T) => `${t.all.currency ?? t.all.unit}`;
  return [...totals].sort(
    (a, b) => kinds.indexOf(a.all.kind) - kinds.indexOf(b.all.kind) || key(a).localeCompare(key(b)),
  );
}

/**
 * The currencies the server accepts, with their minor-unit digits (kept in step with
 * domain/units.go), most used first.
 */
export const currencyDigits: Record<string, number> = {
  EUR: 2,
  USD: 2,
  GBP: 2,
  CHF: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  CZK: 2,
  HUF: 2,
  RON: 2,
  CAD: 2,
  AUD: 2,
  NZD: 2,
  JPY: 0,
  KRW: 0,
  CNY: 2,
  INR: 2,
  BRL: 2,
  MXN: 2,
  ARS: 2,
  CLP: 0,
  COP: 2,
  ZAR: 2,
  KES: 2,
  NGN: 2,
  GHS: 2,
  EGP: 2,
  MAD: 2,
  TRY: 2,
  ILS: 2,
  AED: 2,
  SGD: 2,
  HKD: 2,
  IDR: 2,
  PHP: 2,
  THB: 2,
  VND: 0,
  UGX: 0,
  TZS: 2,
  ISK: 0,
  UAH: 2,
};

export const currencies = Object.keys(currencyDigits);

/** The longest unit word the server accepts for goods and goodwill. */
export const maxUnitLength = 30;

/** A quantity as the API returns it. */
export interface QuantityLike {
  kind: ResourceKind;
  amount: string;
  unit: string;
  currency?: string | null;
}

/** Whether the kind is counted in hours. */
export function isHours(kind: ResourceKind): boolean {
  return kind === 'TIME' || kind === 'SKILL';
}

/** Whether the kind is counted in a free unit word. */
export function isCounted(kind: ResourceKind): boolean {
  return kind === 'IN_KIND' || kind === 'GOODWILL';
}

/** How many decimals a kind (and currency) keeps. */
export function decimalsOf(kind: ResourceKind, currency?: string | null): number {
  if (isHours(kind)) return 2;
  if (kind === 'MONEY') return currencyDigits[currency ?? ''] ?? 2;
  return 0;
}

/** "12.50" → "12.5", "3.00" → "3", "-2.00" → "−2" (a real minus sign). */
export function trimDecimal(amount: string): string {
  let s = amount.trim();
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  if (s === '-0') s = '0';
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
}

/**
 * A counted unit for one of it: "fridges" → "fridge", "broken appliances" → "broken
 * appliance". People name units in the plural; only a plain trailing s is dropped, so
 * "glass" or "bus" stay as they are.
 */
export function singular(unit: string): string {
  return /[^isu]s$/.test(unit) ? unit.slice(0, -1) : unit;
}

/** The unit a kind is counted in, for labels: "hours", "EUR", "meals". */
export function unitLabel(kind: ResourceKind, unit: string, currency?: string | null): string {
  if (isHours(kind)) return 'hours';
  if (kind === 'MONEY') return currency || unit || 'EUR';
  return unit;
}

/**
 * Checks a decimal amount typed by a person for the kind and currency; returns a message
 * or undefined. The server checks the same and its message wins.
 */
export function checkAmount(text: string, kind: ResourceKind, currency?: string | null): string | undefined {
  const s = text.trim().replace(',', '.');
  if (s === '') return i18n.t('amount.empty');
  if (!/^\d+(\.\d+)?$/.test(s)) return i18n.t('amount.notANumber');
  if (Number(s) <= 0) return i18n.t('amount.notPositive');
  const digits = decimalsOf(kind, currency);
  const fraction = s.split('.')[1] ?? '';
  if (fraction.replace(/0+$/, '').length > digits) {
    if (digits === 0) return i18n.t('amount.whole');
    return i18n.t('amount.decimals', { count: digits });
  }
  if (Number(s) > 1e12) return i18n.t('amount.tooLarge');
  return undefined;
}

/** The amount as the API takes it: trimmed, with a decimal point. */
export function toDecimal(text: string): string {
  return text.trim().replace(',', '.');
}

/** Checks the unit or currency a kind needs. */
export function checkUnit(kind: ResourceKind, unit: string, currency: string): { unit?: string; currency?: string } {
  if (kind === 'MONEY') {
    if (!currency) return { currency: i18n.t('amount.chooseCurrency') };
    if (!(currency in currencyDigits)) return { currency: i18n.t('amount.currencyFromList') };
    return {};
  }
  if (isCounted(kind)) {
    const u = unit.trim();
    if (!u) return { unit: i18n.t('amount.unitEmpty') };
    if (u.length > maxUnitLength) return { unit: i18n.t('amount.unitTooLong', { max: maxUnitLength }) };
  }
  return {};
}

/** Unit and currency as the API takes them for a kind. */
export function unitInput(kind: ResourceKind, unit: string, currency: string): { unit?: string; currency?: string } {
  if (kind === 'MONEY') return { currency };
  if (isCounted(kind)) return { unit: unit.trim().toLowerCase() };
  return {};
}

/** A ratio clamped to the 0–1 a bar can draw. */
export function clampRatio(ratio: number): number {
  if (!Number.isFinite(ratio)) return 0;
  return Math.min(1, Math.max(0, ratio));
}

/** A quantity being typed into a form. */
export interface QuantityDraft {
  kind: ResourceKind;
  amount: string;
  /** The unit word, for goods and goodwill. */
  unit: string;
  /** The currency, for money. */
  currency: string;
}

export const emptyQuantity: QuantityDraft = { kind: 'TIME', amount: '', unit: '', currency: 'EUR' };

/** Field errors of a quantity draft, named as the API names them: quantity, unit, currency. */
export function checkQuantityDraft(d: QuantityDraft): Record<string, string> {
  const out: Record<string, string> = {};
  const amount = checkAmount(d.amount, d.kind, d.kind === 'MONEY' ? d.currency : null);
  if (amount) out.quantity = amount;
  Object.assign(out, checkUnit(d.kind, d.unit, d.currency));
  return out;
}

/** The draft as the API's kind, quantity, unit and currency. */
export function quantityInput(d: QuantityDraft): {
  kind: ResourceKind;
  quantity: string;
  unit?: string;
  currency?: string;
} {
  return { kind: d.kind, quantity: toDecimal(d.amount), ...unitInput(d.kind, d.unit, d.currency) };
}

/** A draft with the kind, unit and currency of an existing quantity (a need's), amount kept. */
export function matchQuantity(d: QuantityDraft, q: QuantityLike): QuantityDraft {
  return {
    ...d,
    kind: q.kind,
    unit: isCounted(q.kind) ? q.unit : '',
    currency: q.kind === 'MONEY' ? (q.currency ?? q.unit) : d.currency,
  };
}

/** Whether a draft's kind, unit and currency are those of q, as the API requires toward a need. */
export function sameUnit(d: QuantityDraft, q: QuantityLike): boolean {
  if (d.kind !== q.kind) return false;
  if (q.kind === 'MONEY') return d.currency === (q.currency ?? q.unit);
  if (isCounted(q.kind)) return d.unit.trim().toLowerCase() === q.unit;
  return true;
}

/** A draft as a quantity, to show it in words before it is saved. */
export function draftAsQuantity(d: QuantityDraft): QuantityLike {
  const amount = toDecimal(d.amount) || '0';
  if (d.kind === 'MONEY') return { kind: d.kind, amount, unit: d.currency, currency: d.currency };
  return { kind: d.kind, amount, unit: isHours(d.kind) ? 'hours' : d.unit.trim().toLowerCase(), currency: null };
}
