import { describe, expect, it } from 'vitest';
import { describeStanding, type OutcomeStanding } from './progress';

const meals: OutcomeStanding = { unit: 'kg', baseline: 10, target: 50, dueAt: '2027-01-01T00:00:00Z', elapsedShare: 0.4 };

describe('describeStanding', () => {
  it('gives no figure before the first measurement', () => {
    const s = describeStanding(meals);
    expect(s.status).toBe('unmeasured');
    expect(s.label).toBe('Not measured yet');
    expect(s.sentence).toMatch(/No measurement yet/);
    expect(s.sentence).toMatch(/10\s+kg/);
    expect(s.sentence).not.toMatch(/%/);
  });

  it('is on track when progress keeps ahead of the time gone (DESIGN.md: 10 → 50, at 30 is 0.5)', () => {
    const s = describeStanding({ ...meals, latest: { value: 30 }, progress: { raw: 0.5, clamped: 0.5 }, onTrack: true });
    expect(s.status).toBe('on-track');
    expect(s.label).toBe('On track');
    expect(s.sentence).toMatch(/At 30\s+kg it is 50% of the way from 10\s+kg to 50\s+kg, with 40% of the time/);
  });

  it('is behind when the clock runs ahead of progress', () => {
    const s = describeStanding({ ...meals, elapsedShare: 0.7, latest: { value: 30 }, progress: { raw: 0.5, clamped: 0.5 }, onTrack: false });
    expect(s.status).toBe('behind');
    expect(s.label).toBe('Behind');
    expect(s.sentence).toMatch(/50% of the way.*but 70% of the time to its due date is gone/);
  });

  it('says when the due date has passed', () => {
    const s = describeStanding({ ...meals, elapsedShare: 1, latest: { value: 30 }, progress: { raw: 0.5, clamped: 0.5 }, onTrack: false });
    expect(s.status).toBe('past-due');
    expect(s.label).toBe('Past due');
  });

  it('shows progress past the target as it is, not cut at 100 %', () => {
    const s = describeStanding({ ...meals, latest: { value: 60 }, progress: { raw: 1.25, clamped: 1 }, onTrack: true });
    expect(s.status).toBe('reached');
    expect(s.label).toBe('Target reached');
    expect(s.sentence).toMatch(/gone past the target of 50\s+kg: 125% of the way/);
  });

  it('says when it goes backwards (DESIGN.md: DECREASE 100 → 60, at 110 is −0.25)', () => {
    const s = describeStanding({
      unit: 'kWh', baseline: 100, target: 60, dueAt: null, elapsedShare: null,
      latest: { value: 110 }, progress: { raw: -0.25, clamped: 0 }, onTrack: false,
    });
    expect(s.status).toBe('backwards');
    expect(s.label).toBe('Going backwards');
    expect(s.sentence).toMatch(/At 110\s+kWh it is further from the target of 60\s+kWh than the baseline of 100\s+kWh was: −25% of the way/);
  });

  it('without a due date, any progress is on track and none is not', () => {
    const base = { ...meals, dueAt: null, elapsedShare: null };
    expect(describeStanding({ ...base, latest: { value: 12 }, progress: { raw: 0.05, clamped: 0.05 }, onTrack: true }).sentence).toMatch(
      /no due date, so any progress counts as on track/,
    );
    const still = describeStanding({ ...base, latest: { value: 10 }, progress: { raw: 0, clamped: 0 }, onTrack: false });
    expect(still.label).toBe('Not on track');
    expect(still.sentence).toMatch(/has not moved from the baseline/);
  });
});
