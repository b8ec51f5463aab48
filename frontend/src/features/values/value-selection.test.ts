import { describe, expect, it } from 'vitest';
import {
  changesBetween,
  clampStrength,
  maxValues,
  selectionReducer,
  statementMax,
  type CatalogValue,
  type Selection,
} from './value-selection';

const value = (n: number): CatalogValue => ({ valueId: `V${n}`, name: `Value ${n}`, description: '' });

function choose(count: number): Selection {
  let s: Selection = [];
  for (let i = 1; i <= count; i++) s = selectionReducer(s, { type: 'add', value: value(i) });
  return s;
}

describe('selectionReducer', () => {
  it('adds a value at the middle strength with no statement', () => {
    expect(choose(1)).toEqual([{ ...value(1), strength: 3, statement: '' }]);
  });

  it(`holds at most ${maxValues} values`, () => {
    const full = choose(maxValues);
    expect(full).toHaveLength(maxValues);
    expect(selectionReducer(full, { type: 'add', value: value(99) })).toBe(full);
  });

  it('never adds the same value twice', () => {
    const one = choose(1);
    expect(selectionReducer(one, { type: 'add', value: value(1) })).toBe(one);
  });

  it('makes room again after a removal', () => {
    const s = selectionReducer(choose(maxValues), { type: 'remove', valueId: 'V1' });
    expect(selectionReducer(s, { type: 'add', value: value(99) }).map((c) => c.valueId)).toContain('V99');
  });

  it.each([
    [0, 1],
    [-4, 1],
    [1, 1],
    [4, 4],
    [5, 5],
    [6, 5],
    [3.6, 4],
    [Number.NaN, 3],
  ])('sets strength %s as %s', (given, want) => {
    const s = selectionReducer(choose(1), { type: 'strength', valueId: 'V1', strength: given });
    expect(s[0].strength).toBe(want);
  });

  it(`cuts a statement at ${statementMax} characters`, () => {
    const s = selectionReducer(choose(1), { type: 'statement', valueId: 'V1', statement: 'x'.repeat(600) });
    expect(s[0].statement).toHaveLength(statementMax);
  });

  it('replaces the selection with saved values, within the rules', () => {
    const saved = Array.from({ length: 14 }, (_, i) => ({ ...value(i), strength: 9, statement: 'why' }));
    const s = selectionReducer([], { type: 'replace', selection: saved });
    expect(s).toHaveLength(maxValues);
    expect(s.every((c) => c.strength === 5)).toBe(true);
  });
});

describe('clampStrength', () => {
  it('keeps strengths within 1 to 5', () => {
    expect([-1, 0, 1, 2, 3, 4, 5, 6, 100].map(clampStrength)).toEqual([1, 1, 1, 2, 3, 4, 5, 5, 5]);
  });
});

describe('changesBetween', () => {
  const saved: Selection = [
    { ...value(1), strength: 5, statement: 'Because.' },
    { ...value(2), strength: 3, statement: '' },
    { ...value(3), strength: 2, statement: 'Hm.' },
  ];

  it('finds removed, new and changed values and ignores unchanged ones', () => {
    const chosen: Selection = [
      { ...value(1), strength: 5, statement: ' Because. ' },
      { ...value(2), strength: 4, statement: '' },
      { ...value(4), strength: 3, statement: '' },
    ];
    const got = changesBetween(saved, chosen);
    expect(got.removed).toEqual(['V3']);
    expect(got.set.map((c) => c.valueId)).toEqual(['V2', 'V4']);
  });

  it('finds nothing when nothing changed', () => {
    expect(changesBetween(saved, saved)).toEqual({ removed: [], set: [] });
  });
});
