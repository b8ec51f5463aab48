import { describe, expect, it } from 'vitest';
import {
  changeCommitment,
  checkCommitment,
  commitmentInput,
  emptyCommitment,
  type NeedOption,
} from './commitment-draft';

const now = new Date(2026, 10, 26, 12, 0);
const needs: NeedOption[] = [
  { key: 'TmVlZDox', label: '20 hours of design', quantity: { kind: 'SKILL', amount: '20.00', unit: 'hours' } },
  { key: 'TmVlZDoy', label: '€300.00', quantity: { kind: 'MONEY', amount: '300.00', unit: 'EUR', currency: 'EUR' } },
];

describe('changeCommitment', () => {
  it('takes the kind and unit of the need it goes toward', () => {
    const d = changeCommitment(
      { ...emptyCommitment, kind: 'GOODWILL', unit: 'calls', amount: '5' },
      { needKey: 'TmVlZDoy' },
      needs,
    );
    expect(d).toMatchObject({ kind: 'MONEY', currency: 'EUR', unit: '', amount: '5', needKey: 'TmVlZDoy' });
  });

  it('drops a NEED_PLEDGED condition when the need is unset', () => {
    const toward = changeCommitment({ ...emptyCommitment, condition: 'NEED_PLEDGED' }, { needKey: 'TmVlZDox' }, needs);
    expect(toward.condition).toBe('NEED_PLEDGED');
    expect(changeCommitment(toward, { needKey: '' }, needs).condition).toBe('NONE');
  });
});

describe('checkCommitment', () => {
  it('accepts a plain commitment of hours', () => {
    expect(checkCommitment({ ...emptyCommitment, amount: '4' }, needs, now)).toEqual({});
  });

  it('names every problem as the API names the field', () => {
    const got = checkCommitment(
      {
        ...emptyCommitment,
        kind: 'MONEY',
        currency: '',
        amount: '0',
        dueDate: '2026-11-01',
        condition: 'ACTIVE_MEMBERS',
        threshold: '1',
      },
      needs,
      now,
    );
    expect(Object.keys(got).sort()).toEqual(['condition.threshold', 'currency', 'dueAt', 'quantity']);
    expect(got['condition.threshold']).toBe('Say how many active members: a whole number from 2 to 10000.');
  });

  it('wants a need for NEED_PLEDGED, and the need’s unit toward it', () => {
    expect(checkCommitment({ ...emptyCommitment, amount: '1', condition: 'NEED_PLEDGED' }, needs, now).condition).toBe(
      'Choose the need this commitment is toward, or another condition.',
    );
    expect(
      checkCommitment({ ...emptyCommitment, amount: '1', needKey: 'TmVlZDox', kind: 'TIME' }, needs, now).needId,
    ).toMatch(/kind and unit/);
  });

  it('allows today as a due date', () => {
    expect(checkCommitment({ ...emptyCommitment, amount: '1', dueDate: '2026-11-26' }, needs, now)).toEqual({});
  });
});

describe('commitmentInput', () => {
  it('sends the condition with its threshold, the need, and the end of the due day', () => {
    const input = commitmentInput({
      ...emptyCommitment,
      kind: 'SKILL',
      amount: '2,5',
      description: '  Logo and flyer ',
      dueDate: '2027-01-31',
      needKey: 'TmVlZDox',
      condition: 'ACTIVE_MEMBERS',
      threshold: '3',
    });
    expect(input).toMatchObject({
      kind: 'SKILL',
      quantity: '2.5',
      description: 'Logo and flyer',
      needId: 'TmVlZDox',
      condition: { kind: 'ACTIVE_MEMBERS', threshold: 3 },
    });
    expect(new Date(input.dueAt!).getDate()).toBe(31);
    expect(new Date(input.dueAt!).getHours()).toBe(23);
  });

  it('leaves the need out while creating, when needs have no IDs yet', () => {
    expect(commitmentInput({ ...emptyCommitment, amount: '1', needKey: '0' }, true).needId).toBeUndefined();
  });

  it('sends no condition when it binds at once', () => {
    expect(commitmentInput({ ...emptyCommitment, amount: '1' }).condition).toBeUndefined();
  });

  it('sends a recurrence without a due date, and a deadline only with a condition', () => {
    const monthly = { ...emptyCommitment, amount: '4', every: 'MONTH' as const, startsOn: '2026-12-01', endsOn: '' };
    expect(commitmentInput(monthly).recurrence).toEqual({ every: 'MONTH', startsOn: '2026-12-01', endsOn: undefined });
    expect(checkCommitment({ ...monthly, dueDate: '2026-12-10' }, needs, now).dueAt).toMatch(/each period/);
    expect(checkCommitment({ ...monthly, endsOn: '2026-11-30' }, needs, now)['recurrence.endsOn']).toMatch(
      /before the first/,
    );
    const pending = {
      ...emptyCommitment,
      amount: '1',
      condition: 'ACTIVE_MEMBERS' as const,
      conditionBy: '2026-12-31',
    };
    expect(commitmentInput(pending).condition?.by).toBeDefined();
    expect(checkCommitment({ ...pending, conditionBy: '2026-11-01' }, needs, now)['condition.by']).toBeDefined();
  });
});
