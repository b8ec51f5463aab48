import { describe, expect, it } from 'vitest';
import { emptyFilter, filterParams, filterVariables, isFiltered, parseFilter } from './filters';

describe('discovery filters', () => {
  it('round-trips through the address', () => {
    const f = { search: 'am', value: 'community', skill: 'Cooking', place: 'Rotterdam', remote: true, min: '0.4' };
    const params = filterParams(f);
    expect(params.toString()).toBe('q=am&value=community&skill=Cooking&place=Rotterdam&remote=1&min=0.4');
    expect(parseFilter(params)).toEqual(f);
  });

  it('ignores a minimum score it does not offer', () => {
    expect(parseFilter(new URLSearchParams('min=0.33')).min).toBe('');
  });

  it('leaves out what is not chosen, and the value until its ID is known', () => {
    expect(filterVariables(emptyFilter, undefined)).toEqual({});
    expect(isFiltered(emptyFilter)).toBe(false);
    const f = { ...emptyFilter, value: 'community', skill: ' Cooking ', min: '0.6' };
    expect(filterVariables(f, undefined)).toEqual({ skill: 'cooking', minScore: 0.6 });
    expect(filterVariables(f, 'VmFsdWU6Mg==')).toEqual({ valueId: 'VmFsdWU6Mg==', skill: 'cooking', minScore: 0.6 });
  });
});
