/**
 * How impact figures read: numbers always with their units, percentages, dates in the
 * person's own time zone, and months as the API buckets them (UTC).
 */
import type { ResourceKind } from '../../gql/graphql';
import { kindWords, singular } from '../../lib/quantity';

const locale = 'en-GB';
const nbsp = '\u00a0';

const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });

/** A number as people read it: 1,250.5 */
export function formatNumber(n: number): string {
  return numberFormat.format(n).replace('-', '−');
}

/** A measured figure with its unit: "310 kg", "1,240 kWh per month". */
export function withUnit(n: number, unit: string): string {
  return unit ? `${formatNumber(n)}${nbsp}${Math.abs(n) === 1 ? singular(unit) : unit}` : formatNumber(n);
}

/** A share as a whole percentage; negative and above 100 % stay as they are. */
export function formatPercent(share: number): string {
  return percentFormat.format(share).replace('-', '−');
}

/** The same words for the kinds as where people commit and log them (lib/quantity). */
export const kindLabels: Record<ResourceKind, string> = {
  TIME: kindWords.TIME.label,
  SKILL: kindWords.SKILL.label,
  MONEY: kindWords.MONEY.label,
  IN_KIND: kindWords.IN_KIND.label,
  GOODWILL: kindWords.GOODWILL.label,
};

/**
 * An amount of a resource in its unit or currency. The API sends amounts as Decimal
 * strings; the generated types may leave the scalar as unknown, so any value is read.
 */
export function formatQuantity(q: { amount: unknown; unit: string; currency?: string | null; kind: ResourceKind }): string {
  const amount = Number(q.amount);
  if (!Number.isFinite(amount)) return `${String(q.amount)}${nbsp}${q.currency ?? q.unit}`;
  if (q.kind === 'MONEY' && q.currency) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: q.currency }).format(amount);
    } catch {
      return `${formatNumber(amount)}${nbsp}${q.currency}`;
    }
  }
  return withUnit(amount, q.unit);
}

/** What a series or total is counted in, for headings: "Time, hours", "Money, EUR". */
export function seriesLabel(s: { kind: ResourceKind; unit: string; currency?: string | null }): string {
  return `${kindLabels[s.kind]}, ${s.currency ?? s.unit}`;
}

function valid(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A day in the person's time zone: "23 Nov 2026". */
export function formatDate(iso: string | null | undefined, timeZone?: string): string {
  const d = valid(iso);
  return d ? d.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone }) : '';
}

/** A day and time in the person's time zone: "23 Nov 2026, 14:05". */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  const d = valid(iso);
  return d
    ? d.toLocaleString(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone })
    : '';
}

/** A month as the API buckets it (its first instant in UTC): "Nov 2026". */
export function formatMonth(iso: string): string {
  const d = valid(iso);
  return d ? d.toLocaleDateString(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }) : '';
}

/** The person's time zone, for saying which one the dates are in. */
export function timeZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'your time zone';
}

/** A list in words: "Lotte, Fatima and Amara". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
