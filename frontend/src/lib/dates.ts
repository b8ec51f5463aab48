/** Dates as a person reads and enters them; the API speaks RFC 3339 in UTC. */
import { currentLocale, i18n } from './i18n';

/** The local calendar date of `d` as an <input type="date"> value: "2026-11-26". */
export function dateInputValue(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** An ISO timestamp as an <input type="date"> value, in local time. */
export function isoToDateInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dateInputValue(d);
}

function parseDateInput(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * A due or end date from a date input, as the end of that local day in RFC 3339: a date
 * chosen for today is still in the future until midnight.
 */
export function endOfDayISO(value: string): string | undefined {
  const d = parseDateInput(value);
  if (!d) return undefined;
  d.setHours(23, 59, 0, 0);
  return d.toISOString();
}

/** A start date from a date input, as the start of that local day. */
export function startOfDayISO(value: string): string | undefined {
  const d = parseDateInput(value);
  return d?.toISOString();
}

/**
 * When something happened, from a date input: now for today (or nothing chosen), noon of
 * that day otherwise, so that it is never in the future.
 */
export function occurredAtISO(value: string, now = new Date()): string | undefined {
  if (!value || value === dateInputValue(now)) return undefined;
  const d = parseDateInput(value);
  if (!d) return undefined;
  d.setHours(12, 0, 0, 0);
  return d.toISOString();
}

/** Checks a due date typed by a person: it must be today or later. */
export function checkFutureDate(value: string, now = new Date()): string | undefined {
  if (!value) return undefined;
  const d = parseDateInput(value);
  if (!d) return i18n.t('dates.invalid');
  if (value < dateInputValue(now)) return i18n.t('dates.past');
  return undefined;
}

/** "in 3 days", "today", "2 days ago": how far a date is from now, in whole days. */
export function daysFromNow(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const day = 24 * 60 * 60 * 1000;
  const startOf = (x: Date) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  const n = Math.round((startOf(d) - startOf(now)) / day);
  // "today", "tomorrow", "in 3 days", "3 days ago" in the app's language.
  return new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'auto' }).format(n, 'day');
}
