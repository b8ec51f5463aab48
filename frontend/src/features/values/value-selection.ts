import { i18n } from '../../lib/i18n';

/** The most values one person may hold (the server enforces it too). */
export const maxValues = 12;
export const minStrength = 1;
export const maxStrength = 5;
export const statementMax = 500;
/** The strength a newly chosen value starts at: the middle of the scale. */
export const defaultStrength = 3;

/** What each strength means, in the person's words (in the app's language, at call time). */
export function strengthWord(strength: number): string {
  const words: Record<number, string> = {
    1: i18n.t('values:strength.1'),
    2: i18n.t('values:strength.2'),
    3: i18n.t('values:strength.3'),
    4: i18n.t('values:strength.4'),
    5: i18n.t('values:strength.5'),
  };
  return words[strength] ?? '';
}

/** A value the person is choosing, before it is saved. */
export interface ChosenValue {
  valueId: string;
  /** The catalog's slug, by which its name and description are translated. */
  slug?: string;
  name: string;
  description: string;
  strength: number;
  statement: string;
}

export type CatalogValue = Pick<ChosenValue, 'valueId' | 'slug' | 'name' | 'description'>;

export type Selection = ChosenValue[];

export type SelectionAction =
  | { type: 'add'; value: CatalogValue }
  | { type: 'remove'; valueId: string }
  | { type: 'strength'; valueId: string; strength: number }
  | { type: 'statement'; valueId: string; statement: string }
  | { type: 'replace'; selection: Selection };

/** Keeps a strength within 1–5 and whole. */
export function clampStrength(n: number): number {
  if (!Number.isFinite(n)) return defaultStrength;
  return Math.min(maxStrength, Math.max(minStrength, Math.round(n)));
}

export function isFull(selection: Selection): boolean {
  return selection.length >= maxValues;
}

/**
 * The picker's rules: no value twice, at most twelve, strengths within bounds,
 * statements within their length.
 */
export function selectionReducer(state: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case 'add':
      if (isFull(state) || state.some((c) => c.valueId === action.value.valueId)) return state;
      return [...state, { ...action.value, strength: defaultStrength, statement: '' }];
    case 'remove':
      return state.filter((c) => c.valueId !== action.valueId);
    case 'strength':
      return state.map((c) => (c.valueId === action.valueId ? { ...c, strength: clampStrength(action.strength) } : c));
    case 'statement':
      return state.map((c) =>
        c.valueId === action.valueId ? { ...c, statement: action.statement.slice(0, statementMax) } : c,
      );
    case 'replace':
      return action.selection.slice(0, maxValues).map((c) => ({ ...c, strength: clampStrength(c.strength) }));
  }
}

/** What must be sent to go from the saved values to the chosen ones. */
export function changesBetween(saved: Selection, chosen: Selection) {
  const chosenIds = new Set(chosen.map((c) => c.valueId));
  const byId = new Map(saved.map((s) => [s.valueId, s]));
  return {
    removed: saved.filter((s) => !chosenIds.has(s.valueId)).map((s) => s.valueId),
    set: chosen.filter((c) => {
      const before = byId.get(c.valueId);
      return !before || before.strength !== c.strength || before.statement !== c.statement.trim();
    }),
  };
}
