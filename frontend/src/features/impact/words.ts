/** The words impact figures are told in; the figures themselves are formatted by lib/format. */
import type { ResourceKind } from '../../gql/graphql';
import { kindWords } from '../../lib/quantity';

/** The same words for the kinds as where people commit and log them (lib/quantity). */
export const kindLabels: Record<ResourceKind, string> = {
  TIME: kindWords.TIME.label,
  SKILL: kindWords.SKILL.label,
  MONEY: kindWords.MONEY.label,
  IN_KIND: kindWords.IN_KIND.label,
  GOODWILL: kindWords.GOODWILL.label,
};

/** What a series or total is counted in, for headings: "Time, hours", "Money, EUR". */
export function seriesLabel(s: { kind: ResourceKind; unit: string; currency?: string | null }): string {
  return `${kindLabels[s.kind]}, ${s.currency ?? s.unit}`;
}

/** A list in words: "Lotte, Fatima and Amara". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
