/** The words impact figures are told in; the figures themselves are formatted by lib/format. */
import type { ResourceKind } from '../../gql/graphql';
import { i18n } from '../../lib/i18n';
import { isHours, kindWords } from '../../lib/quantity';

/** A kind's name as a label: "Time", "Goods", in the app's language (lib/quantity's words). */
export function kindLabel(kind: ResourceKind): string {
  return kindWords[kind].label;
}

/** A kind as a word within a row of a table: "time", "in kind". */
export function kindWord(kind: ResourceKind): string {
  const words: Record<ResourceKind, string> = {
    TIME: i18n.t('impact:resource.time'),
    SKILL: i18n.t('impact:resource.skill'),
    MONEY: i18n.t('impact:resource.money'),
    IN_KIND: i18n.t('impact:resource.inKind'),
    GOODWILL: i18n.t('impact:resource.goodwill'),
  };
  return words[kind];
}

type Counted = { kind: ResourceKind; unit: string; currency?: string | null };

/**
 * The unit figures of a kind are counted in: hours in the app's language (the API always
 * says "hours"), else the currency or the unit as the collaboration wrote it. With an
 * amount, hours take its plural form.
 */
export function unitOf(s: Counted, amount?: number): string {
  if (!isHours(s.kind)) return s.currency ?? s.unit;
  if (amount === undefined) return i18n.t('impact:hours.label');
  return i18n.t('impact:hours.count', { count: Math.abs(amount) });
}

/** What a series or total is counted in, for headings: "Time, hours", "Money, EUR". */
export function seriesLabel(s: Counted): string {
  return i18n.t('impact:seriesLabel', { kind: kindLabel(s.kind), unit: unitOf(s) });
}

/** A list in words: "Lotte, Fatima and Amara". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return i18n.t('impact:listAnd', { items: items.slice(0, -1).join(', '), last: items[items.length - 1] });
}
