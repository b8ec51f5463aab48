/**
 * How dates, numbers, quantities and percentages read, in one place and in the person's
 * own locale and time zone: the digits, separators, month names and currency signs follow
 * the app's language (userLocale). Quantities are as the API keeps them (lib/quantity):
 * decimal strings that are never added across units.
 */
import { browserLanguages, currentLocale, i18n } from './i18n';
import { decimalsOf, isHours, singular, trimDecimal, type QuantityLike } from './quantity';

const nbsp = '\u00a0';

/**
 * A quantity to show. The API sends amounts as decimal strings; impact's sums arrive as
 * numbers, and a scalar the generated types leave unknown is read as it comes.
 */
export type ShownQuantity = Omit<QuantityLike, 'amount'> & { amount: unknown };

/**
 * The locale figures are formatted in: the app's language, in the browser's own variant of
 * it when the browser speaks it (en-US dates for an American reading English), else the
 * language itself.
 */
export function userLocale(): string {
  const language = currentLocale();
  for (const tag of browserLanguages()) {
    try {
      const canonical = Intl.getCanonicalLocales(tag)[0];
      if (canonical.toLowerCase().split('-')[0] === language) return canonical;
    } catch {
      // a malformed tag: try the next one
    }
  }
  return language;
}

/** The person's time zone as the browser knows it, such as "Europe/Amsterdam". */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The time zones the browser knows, with `current` among them. */
export function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

/**
 * The wall-clock time ("2026-12-10T18:30", as a datetime-local field holds it) of an
 * instant in a time zone; "" for a malformed instant.
 */
export function wallClock(iso: string, timeZone: string): string {
  const d = valid(iso);
  if (!d) return '';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

// Formatters are costly to build and pages format hundreds of values: one per locale and options.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = userLocale();
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

function listFormat(): Intl.ListFormat {
  const locale = userLocale();
  const key = `l|${locale}`;
  let f = cache.get(key) as Intl.ListFormat | undefined;
  if (!f) {
    f = new Intl.ListFormat(locale, { type: 'conjunction' });
    cache.set(key, f);
  }
  return f;
}

/** Items as a list in the app's language: "A, B and C", "A, B y C". */
export function formatList(items: readonly string[]): string {
  return listFormat().format(items);
}

/** The parts of formatList, for lists whose items are elements (links) rather than text. */
export function listParts(items: readonly string[]): { type: 'element' | 'literal'; value: string }[] {
  return listFormat().formatToParts(items);
}

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = userLocale();
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

function valid(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A day: "26 Nov 2026", or "" for no or a malformed date. */
export function formatDate(iso: string | null | undefined, timeZone?: string): string {
  const d = valid(iso);
  return d ? dateFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(d) : '';
}

/** A day and time: "26 Nov 2026, 14:05". */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  const d = valid(iso);
  return d ? dateFormat({ dateStyle: 'medium', timeStyle: 'short', timeZone }).format(d) : '';
}

/** A day and time in full, with the zone: "Thursday, 3 December 2026 at 14:00 CET". */
export function formatDateTimeLong(iso: string | null | undefined, timeZone?: string): string {
  const d = valid(iso);
  if (!d) return '';
  return dateFormat({
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(d);
}

/**
 * When something runs, in its time zone: "Saturday, 28 November 2026 at 10:00–13:00 CET"
 * within one day, else both ends in full.
 */
export function formatTimeRange(startIso: string, endIso: string, timeZone?: string): string {
  const start = valid(startIso);
  const end = valid(endIso);
  if (!start || !end) return '';
  const day = dateFormat({ year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
  if (day.format(start) !== day.format(end)) {
    return `${formatDateTimeLong(startIso, timeZone)} to ${formatDateTimeLong(endIso, timeZone)}`;
  }
  const date = dateFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(start);
  const time = (d: Date, zone: boolean) =>
    dateFormat({ hour: '2-digit', minute: '2-digit', timeZone, ...(zone ? { timeZoneName: 'short' } : {}) }).format(d);
  return `${date}, ${time(start, false)}–${time(end, true)}`;
}

/**
 * A month: "Nov 2026" (short) or "November 2026" (long). Months as the API buckets them
 * start in UTC, so that is the default zone.
 */
export function formatMonth(
  iso: string | null | undefined,
  month: 'short' | 'long' = 'short',
  timeZone = 'UTC',
): string {
  const d = valid(iso);
  return d ? dateFormat({ month, year: 'numeric', timeZone }).format(d) : '';
}

/** A real minus sign, as the quantities have always shown one. */
function minus(s: string): string {
  return s.replace('-', '−');
}

/** A number as people read it: "1,250.5" (at most two decimals by default). */
export function formatNumber(n: number, maximumFractionDigits = 2): string {
  return minus(numberFormat({ maximumFractionDigits }).format(n));
}

/** A measured figure with its unit, kept on one line: "310 kg", "1,240 kWh per month". */
export function formatWithUnit(n: number, unit: string): string {
  return unit ? `${formatNumber(n)}${nbsp}${Math.abs(n) === 1 ? singular(unit) : unit}` : formatNumber(n);
}

/** A ratio as a whole percentage: 0.575 → "58%"; over 1 stays over 100%, below 0 below. */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  // Rounded from a few decimals, so that 0.575 (57.4999… in binary) reads 58%.
  const whole = Math.round(Number((ratio * 100).toFixed(6)));
  return minus(numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(whole / 100));
}

/** The amount a person reads, without the unit: "2.5", "€12.50", "−3". */
export function formatAmount(q: ShownQuantity): string {
  const text = String(q.amount).trim();
  const negative = text.startsWith('-');
  const digits = decimalsOf(q.kind, q.currency);
  // Intl reads decimal strings exactly; a malformed amount is shown as it came.
  const abs = negative ? text.slice(1) : text;
  if (!/^\d+(\.\d+)?$/.test(abs)) return minus(trimDecimal(text));
  const sign = negative && Number(abs) !== 0 ? '−' : '';
  if (q.kind === 'MONEY') {
    const currency = q.currency ?? q.unit;
    try {
      const f = numberFormat({
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      return sign + f.format(abs as unknown as number);
    } catch {
      return `${sign}${numberFormat({ maximumFractionDigits: digits }).format(abs as unknown as number)} ${currency}`;
    }
  }
  return sign + numberFormat({ maximumFractionDigits: digits }).format(abs as unknown as number);
}

/**
 * A quantity with its unit, as a person says it: "2.5 hours", "1 hour", "€12.50",
 * "3 meals", "−2 hours" for a reversal.
 */
export function formatQuantity(q: ShownQuantity): string {
  const amount = formatAmount(q);
  if (q.kind === 'MONEY') return amount;
  if (isHours(q.kind)) return i18n.t('quantity.hours', { count: Math.abs(Number(q.amount)), amount });
  // Units are the words people typed, in the collaboration's language: only English ones
  // are put in the singular.
  const one = Math.abs(Number(q.amount)) === 1 && currentLocale() === 'en';
  return `${amount} ${one ? singular(q.unit) : q.unit}`;
}

/** A part of a whole in one unit, said once: "23 of 40 hours", "€30.00 of €120.00", "1 of 3 meals". */
export function formatPart(part: ShownQuantity, whole: ShownQuantity): string {
  const shown = whole.kind === 'MONEY' ? formatAmount(whole) : formatQuantity(whole);
  return i18n.t('quantity.partOf', { part: formatAmount(part), whole: shown });
}

/** "26–30 Nov 2026" for a period's first and last local day (no zone shift: they are dates). */
export function periodRange(startsOn: string, endsOn: string): string {
  // Noon UTC read in UTC: the day itself, whatever the person's time zone.
  const day = (s: string, opts: Intl.DateTimeFormatOptions) =>
    dateFormat({ ...opts, timeZone: 'UTC' }).format(new Date(`${s}T12:00:00Z`));
  const sameMonth = startsOn.slice(0, 7) === endsOn.slice(0, 7);
  const from = sameMonth ? day(startsOn, { day: 'numeric' }) : day(startsOn, { day: 'numeric', month: 'short' });
  return `${from}–${day(endsOn, { day: 'numeric', month: 'short', year: 'numeric' })}`;
}
