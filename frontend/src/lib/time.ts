/**
 * Times as a person reads them: in their own time zone, and how long until or since.
 * Every function takes `now` (and tests a time zone) so that it can be tested. Dates
 * without a time are in ./dates; formatting is in ./format.
 */

import { currentLocale, i18n } from './i18n';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

function count(n: number, unit: 'day' | 'hour' | 'minute'): string {
  if (unit === 'day') return i18n.t('time.days', { count: n });
  if (unit === 'hour') return i18n.t('time.hours', { count: n });
  return i18n.t('time.minutes', { count: n });
}

function both(a: string, b: string): string {
  return i18n.t('time.and', { a, b });
}

/**
 * How long is left until `iso`, such as "2 days and 3 hours" or "45 minutes"; null when
 * the time has come.
 */
export function timeLeft(iso: string, now: Date): string | null {
  const ms = new Date(iso).getTime() - now.getTime();
  if (Number.isNaN(ms) || ms <= 0) return null;
  if (ms >= day) {
    const d = Math.floor(ms / day);
    const h = Math.floor((ms % day) / hour);
    return h > 0 ? both(count(d, 'day'), count(h, 'hour')) : count(d, 'day');
  }
  if (ms >= hour) {
    const h = Math.floor(ms / hour);
    const m = Math.floor((ms % hour) / minute);
    return m > 0 ? both(count(h, 'hour'), count(m, 'minute')) : count(h, 'hour');
  }
  const m = Math.floor(ms / minute);
  return m >= 1 ? count(m, 'minute') : i18n.t('time.lessThanAMinute');
}

/** How long ago `iso` was, such as "3 hours ago" or "yesterday". */
export function timeAgo(iso: string, now: Date): string {
  const ms = new Date(iso).getTime() - now.getTime();
  if (Number.isNaN(ms)) return '';
  const rtf = new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'auto' });
  const abs = Math.abs(ms);
  if (abs < minute) return i18n.t('time.justNow');
  if (abs < hour) return rtf.format(Math.round(ms / minute), 'minute');
  if (abs < day) return rtf.format(Math.round(ms / hour), 'hour');
  if (abs < 30 * day) return rtf.format(Math.round(ms / day), 'day');
  if (abs < 365 * day) return rtf.format(Math.round(ms / (30 * day)), 'month');
  return rtf.format(Math.round(ms / (365 * day)), 'year');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date as the value of an `<input type="datetime-local">`, in the browser's time zone. */
export function toLocalInputValue(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of an `<input type="datetime-local">` as a date; null when it is not one. */
export function fromLocalInputValue(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const d = new Date(value); // without a zone, a date-time string is local time
  return Number.isNaN(d.getTime()) ? null : d;
}
