import { describe, expect, it } from 'vitest';
import { localTimeZone } from '../../lib/format';
import { placeLine, shownZone, spotsLine } from './words';

describe('shownZone', () => {
  it("shows the person's own zone, named when it is not the collaboration's", () => {
    expect(shownZone('Europe/Lisbon', 'Europe/Amsterdam')).toEqual({ timeZone: 'Europe/Lisbon', named: true });
    expect(shownZone('Europe/Amsterdam', 'Europe/Amsterdam')).toEqual({ timeZone: 'Europe/Amsterdam', named: false });
  });

  it("falls back on the browser's zone when the person has none set", () => {
    expect(shownZone(null, 'Pacific/Chatham')).toEqual({
      timeZone: localTimeZone(),
      named: localTimeZone() !== 'Pacific/Chatham',
    });
  });

  it('names no zone when the collaboration’s is unknown', () => {
    expect(shownZone('Asia/Tokyo', undefined)).toEqual({ timeZone: 'Asia/Tokyo', named: false });
  });
});

describe('spotsLine and placeLine', () => {
  it('read in English by default', () => {
    expect(spotsLine(3, 10, 0)).toBe('3 going of 10');
    expect(spotsLine(2, null, 1)).toBe('2 going, 1 waiting');
    expect(placeLine('The fridge', 'https://x')).toBe('The fridge and online');
    expect(placeLine('', 'https://x')).toBe('Online');
  });
});
