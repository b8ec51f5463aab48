import { describe, expect, it } from 'vitest';
import { actionLabel, sentence } from './words';

describe('notification sentences', () => {
  const w = { actor: 'Bo Chen', collaboration: 'Community fridge' };
  it('says who did what where, in the second person', () => {
    expect(sentence('INVITATION', w)).toBe('Bo Chen invited you to join Community fridge.');
    expect(sentence('JOIN_REQUEST', w)).toBe('Bo Chen asked to join Community fridge. As a steward, you decide.');
    expect(sentence('CONTRIBUTION_TO_CONFIRM', w)).toMatch(/^Bo Chen logged a contribution to Community fridge\. You can confirm/);
    expect(sentence('COMMITMENT_DUE', { actor: '', collaboration: 'Community fridge' })).toBe(
      'Your commitment to Community fridge is due within a week.',
    );
    expect(sentence('COMMITMENT_OVERDUE', { actor: '', collaboration: 'Community fridge' })).toMatch(/past its due date/);
  });
  it('says a proposal was adopted or rejected', () => {
    expect(sentence('PROPOSAL_ADOPTED', { ...w, proposal: 'Open on Sundays' })).toBe('“Open on Sundays” was adopted in Community fridge.');
    expect(sentence('PROPOSAL_REJECTED', { ...w, proposal: 'Open on Sundays' })).toBe('“Open on Sundays” was rejected in Community fridge.');
    expect(actionLabel('PROPOSAL_ADOPTED')).toBe('See the proposal');
  });
  it('names the proposal that closes, and copes with what is no longer visible', () => {
    expect(sentence('PROPOSAL_CLOSING', { ...w, proposal: 'Open on Sundays' })).toBe(
      '“Open on Sundays” in Community fridge closes within a day, and you have not taken a position.',
    );
    expect(sentence('INVITATION', { actor: '', collaboration: '' })).toBe(
      'Someone invited you to join a collaboration you can no longer see.',
    );
  });
  it('asks nothing once what it asked for is settled', () => {
    expect(sentence('CONTRIBUTION_TO_CONFIRM', w, false)).toBe('Bo Chen logged a contribution to Community fridge.');
    expect(sentence('JOIN_REQUEST', w, false)).toBe('Bo Chen asked to join Community fridge.');
  });
  it('labels the link by what the person does there', () => {
    expect(actionLabel('PROPOSAL_CLOSING')).toBe('Take a position');
    expect(actionLabel('CONTRIBUTION_TO_CONFIRM')).toBe('Confirm on your dashboard');
    expect(actionLabel('COMMITMENT_OVERDUE')).toBe('See your commitment');
  });
});
