/** The words impact figures are told in; the figures themselves are formatted by lib/format. */
import type { ResourceKind } from '../../gql/graphql';
import { i18n } from '../../lib/i18n';

/** A kind's name as a label: "Time", "Goods". Read at call time, in the app's language. */
export function kindLabel(kind: ResourceKind): string {
  const labels: Record<ResourceKind, string> = {
    TIME: i18n.t('impact:kind.time'),
    SKILL: i18n.t('impact:kind.skill'),
    MONEY: i18n.t('impact:kind.money'),
    IN_KIND: i18n.t('impact:kind.inKind'),
    GOODWILL: i18n.t('impact:kind.goodwill'),
  };
  return labels[kind];
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

/** What a series or total is counted in, for headings: "Time, hours", "Money, EUR". */
export function seriesLabel(s: { kind: ResourceKind; unit: string; currency?: string | null }): string {
  return i18n.t('impact:seriesLabel', { kind: kindLabel(s.kind), unit: s.currency ?? s.unit });
}

/** A list in words: "Lotte, Fatima and Amara". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return i18n.t('impact:listAnd', { items: items.slice(0, -1).join(', '), last: items[items.length - 1] });
}
