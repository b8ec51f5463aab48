import { describe, expect, it } from 'vitest';
import { fromLocalInputValue, timeAgo, timeLeft, toLocalInputValue } from './time';

const now = new Date('2026-11-26T12:00:00Z');

describe('timeLeft', () => {
  it.each([
    ['2026-11-29T15:30:00Z', '3 days and 3 hours'],
    ['2026-11-27T12:00:00Z', '1 day'],
    ['2026-11-26T14:05:00Z', '2 hours and 5 minutes'],
    ['2026-11-26T13:00:00Z', '1 hour'],
    ['2026-11-26T12:45:30Z', '45 minutes'],
    ['2026-11-26T12:00:20Z', 'less than a minute'],
  ])('until %s: %s', (iso, want) => {
    expect(timeLeft(iso, now)).toBe(want);
  });

  it('is null once the time has come', () => {
    expect(timeLeft('2026-11-26T12:00:00Z', now)).toBeNull();
    expect(timeLeft('2026-11-20T12:00:00Z', now)).toBeNull();
  });
});

describe('timeAgo', () => {
  it('reads like speech', () => {
    expect(timeAgo('2026-11-26T09:00:00Z', now)).toBe('3 hours ago');
    expect(timeAgo('2026-11-25T12:00:00Z', now)).toBe('yesterday');
    expect(timeAgo('2026-11-26T11:59:40Z', now)).toBe('just now');
  });
});

describe('datetime-local values', () => {
  it('round-trip in the local time zone', () => {
    const d = new Date(2026, 11, 3, 14, 30);
    expect(toLocalInputValue(d)).toBe('2026-12-03T14:30');
    expect(fromLocalInputValue('2026-12-03T14:30')?.getTime()).toBe(d.getTime());
  });

  it('refuse what is not a date and time', () => {
    expect(fromLocalInputValue('')).toBeNull();
    expect(fromLocalInputValue('next tuesday')).toBeNull();
    expect(fromLocalInputValue('2026-12-03')).toBeNull();
  });
});
