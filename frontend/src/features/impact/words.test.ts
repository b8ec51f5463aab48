import { describe, expect, it } from 'vitest';
import { listInWords } from './words';

describe('words', () => {
  it('lists names in words', () => {
    expect(listInWords(['Lotte'])).toBe('Lotte');
    expect(listInWords(['Lotte', 'Fatima', 'Amara'])).toBe('Lotte, Fatima and Amara');
  });
});
