import { describe, expect, it } from 'vitest';
import { emptyNeed } from '../../../lib/need-draft';
import { checkStep, createInput, draftReducer, emptyDraft, needOptions, stepOf, type CreateDraft } from './draft';

const now = new Date(2026, 10, 26, 12, 0);

function draftWith(change: Partial<CreateDraft>): CreateDraft {
  return { ...emptyDraft, ...change };
}

describe('checkStep', () => {
  it('wants a title and a goal of the right length first', () => {
    expect(checkStep(0, emptyDraft, now)).toEqual({
      title: 'Give the collaboration a title.',
      goal: 'Say what you want to achieve together.',
    });
    expect(checkStep(0, draftWith({ title: 'Go', goal: 'Too short' }), now)).toEqual({
      title: 'A title is 3 to 120 characters.',
      goal: 'Describe the goal in 10 to 2,000 characters.',
    });
  });

  it('wants at least one value', () => {
    expect(checkStep(1, emptyDraft, now)).toEqual({ values: 'Choose at least one value the collaboration serves.' });
  });

  it('wants a place unless remote, and an end after the start', () => {
    expect(checkStep(2, emptyDraft, now).location).toBeDefined();
    expect(checkStep(2, draftWith({ remote: true }), now)).toEqual({});
    expect(checkStep(2, draftWith({ remote: true, startDate: '2027-03-01', endDate: '2027-02-01' }), now)).toEqual({
      endsAt: 'The end comes before the start.',
    });
  });

  it('checks every need under its index', () => {
    const d = draftWith({
      needs: [
        { ...emptyNeed, amount: '10' },
        { ...emptyNeed, kind: 'MONEY', amount: '', currency: '' },
      ],
    });
    expect(checkStep(3, d, now)).toEqual({
      'needs.1.quantity': 'Say how much.',
      'needs.1.currency': 'Choose a currency.',
    });
  });

  it('wants the creator’s own commitment: nobody starts without committing', () => {
    expect(checkStep(4, emptyDraft, now)).toEqual({ 'commitment.quantity': 'Say how much.' });
  });
});

describe('needs and the commitment toward one', () => {
  const two = draftReducer(draftReducer(emptyDraft, { type: 'addNeed' }), { type: 'addNeed' });
  const withNeeds = draftReducer(
    draftReducer(two, { type: 'changeNeed', index: 0, change: { kind: 'SKILL', amount: '20', skill: 'design' } }),
    {
      type: 'changeNeed',
      index: 1,
      change: { kind: 'MONEY', amount: '300', currency: 'EUR' },
    },
  );

  it('offers the listed needs to commit toward', () => {
    expect(needOptions(withNeeds).map((n) => n.label)).toEqual(['Need 1: 20 hours of design', 'Need 2: €300.00']);
  });

  it('follows a need’s kind when it changes after the commitment points at it', () => {
    let d = draftReducer(withNeeds, { type: 'changeCommitment', change: { needKey: '1', amount: '50' } });
    expect(d.commitment).toMatchObject({ kind: 'MONEY', currency: 'EUR' });
    d = draftReducer(d, { type: 'changeNeed', index: 1, change: { currency: 'USD' } });
    expect(d.commitment.currency).toBe('USD');
  });

  it('keeps pointing at the same need when an earlier one is removed, and lets go when its own is', () => {
    const d = draftReducer(withNeeds, { type: 'changeCommitment', change: { needKey: '1', amount: '50' } });
    expect(draftReducer(d, { type: 'removeNeed', index: 0 }).commitment.needKey).toBe('0');
    expect(draftReducer(d, { type: 'removeNeed', index: 1 }).commitment.needKey).toBe('');
  });

  it('sends the commitment toward a need by its index', () => {
    const d = draftReducer(
      {
        ...withNeeds,
        title: 'Repair café',
        goal: 'Fix 500 things a year together.',
        remote: true,
        values: [{ valueId: 'VmFsdWU6MQ==', name: 'Community', weight: 4 }],
      },
      { type: 'changeCommitment', change: { needKey: '0', amount: '5' } },
    );
    const input = createInput(d);
    expect(input).toMatchObject({
      title: 'Repair café',
      remote: true,
      values: [{ valueId: 'VmFsdWU6MQ==', weight: 4 }],
      needs: [
        { kind: 'SKILL', quantity: '20', skill: 'design' },
        { kind: 'MONEY', quantity: '300', currency: 'EUR' },
      ],
      commitment: { kind: 'SKILL', quantity: '5' },
      commitmentNeedIndex: 0,
    });
    expect(input.commitment.needId).toBeUndefined();
    expect(input.location).toBeUndefined();
  });
});

describe('stepOf', () => {
  it.each([
    ['goal', 0],
    ['values.weight', 1],
    ['endsAt', 2],
    ['needs.1.currency', 3],
    ['commitment.quantity', 4],
    [undefined, 4],
  ] as const)('%s is on step %i', (field, step) => {
    expect(stepOf(field)).toBe(step);
  });
});
