import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { amara, gqlError, renderRoute } from '../../test/render';
import { endOfDay, OutcomeForm, validateOutcome, type OutcomeValues } from './outcome-form';
import { revision } from './revise-outcome-page';

const empty: OutcomeValues = {
  name: '',
  unit: '',
  baseline: '',
  target: '',
  direction: 'INCREASE',
  dueDate: '',
  valueIds: ['V1'],
  reason: '',
};
const good: OutcomeValues = { ...empty, name: 'Food rescued each month', unit: 'kg', baseline: '120', target: '400' };
const now = new Date('2026-11-26T12:00:00Z');

describe('validateOutcome', () => {
  it('accepts a complete outcome', () => {
    expect(validateOutcome(good, { now })).toEqual({});
  });

  it('refuses a target equal to the baseline', () => {
    expect(validateOutcome({ ...good, target: '120' }, { now }).target).toBe(
      'The target must differ from the baseline, or there is nothing to measure.',
    );
  });

  it('refuses a direction the target and baseline contradict', () => {
    expect(validateOutcome({ ...good, target: '60' }, { now }).direction).toMatch(/should go down: choose “Down”/);
    expect(validateOutcome({ ...good, direction: 'DECREASE' }, { now }).direction).toMatch(/should go up: choose “Up”/);
    expect(validateOutcome({ ...good, target: '60', direction: 'DECREASE' }, { now })).toEqual({});
  });

  it('wants numbers, a unit, a value and a due date in the future', () => {
    const got = validateOutcome({ ...empty, name: 'ab', baseline: 'ten', valueIds: [], dueDate: '2026-11-01' }, { now });
    expect(Object.keys(got).sort()).toEqual(['baseline', 'dueDate', 'name', 'target', 'unit', 'valueIds']);
  });

  it('lets an unchanged past due date through a revision', () => {
    expect(validateOutcome({ ...good, dueDate: '2026-01-01' }, { now, dueChanged: false })).toEqual({});
  });
});

describe('revision', () => {
  const before: OutcomeValues = { ...good, dueDate: '2027-03-31', valueIds: ['V1', 'V2'] };

  it('sends only what changed, with the reason', () => {
    expect(revision('O1', before, { ...before, target: '450', reason: ' More bakeries joined. ' })).toEqual({
      outcomeId: 'O1',
      target: 450,
      direction: 'INCREASE',
      reason: 'More bakeries joined.',
    });
  });

  it('clears a due date that was removed and sends the whole new list of values', () => {
    expect(revision('O1', before, { ...before, dueDate: '', valueIds: ['V2'] })).toEqual({
      outcomeId: 'O1',
      clearDueAt: true,
      valueIds: ['V2'],
    });
  });
});

function renderForm(onSubmit: (v: OutcomeValues) => Promise<CombinedError | undefined> = vi.fn(() => Promise.resolve(undefined))) {
  renderRoute(
    <OutcomeForm
      mode="define"
      initial={empty}
      choices={[
        { id: 'V1', name: 'Food security' },
        { id: 'V2', name: 'Sustainability' },
      ]}
      busy={false}
      onSubmit={onSubmit}
      cancelTo="/c/fridge/impact"
    />,
    { viewer: amara },
  );
  return onSubmit;
}

async function fill(user: ReturnType<typeof userEvent.setup>, v: Partial<Record<'name' | 'unit' | 'baseline' | 'target', string>>) {
  if (v.name) await user.type(screen.getByRole('textbox', { name: 'What will you measure?' }), v.name);
  if (v.unit) await user.type(screen.getByRole('textbox', { name: 'Unit' }), v.unit);
  if (v.baseline) await user.type(screen.getByRole('textbox', { name: 'Baseline' }), v.baseline);
  if (v.target) await user.type(screen.getByRole('textbox', { name: 'Target' }), v.target);
}

describe('OutcomeForm', () => {
  it('sends a complete outcome', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fill(user, { name: 'Electricity from the grid', unit: 'kWh', baseline: '1800', target: '900' });
    expect(screen.getByText('From 1,800 kWh to 900 kWh is down.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Down (a decrease)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Sustainability' }));
    await user.type(screen.getByLabelText(/Due date/), '2030-06-30');
    await user.click(screen.getByRole('button', { name: 'Define outcome' }));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Electricity from the grid',
      unit: 'kWh',
      baseline: '1800',
      target: '900',
      direction: 'DECREASE',
      dueDate: '2030-06-30',
      valueIds: ['V1', 'V2'],
      reason: '',
    });
    expect(endOfDay('2030-06-30')).toBe(new Date(2030, 5, 30, 23, 59).toISOString());
  });

  it('stops a target equal to the baseline at the target field', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fill(user, { name: 'Trees planted', unit: 'trees', baseline: '0', target: '0' });
    await user.click(screen.getByRole('button', { name: 'Define outcome' }));
    const target = screen.getByRole('textbox', { name: 'Target' });
    expect(target).toHaveAccessibleDescription(expect.stringContaining('The target must differ from the baseline'));
    expect(target).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('stops a direction that contradicts the figures', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fill(user, { name: 'Waste sent to landfill', unit: 'kg', baseline: '500', target: '200' });
    await user.click(screen.getByRole('button', { name: 'Define outcome' }));
    expect(screen.getByRole('group', { name: 'Which way should it go?' })).toHaveAccessibleDescription(
      expect.stringContaining('choose “Down”, or change the target'),
    );
    expect(screen.getByRole('radio', { name: 'Up (an increase)' })).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('puts the server’s word on the field it names', async () => {
    const user = userEvent.setup();
    renderForm(
      vi.fn(() => Promise.resolve(new CombinedError({ graphQLErrors: [gqlError('The due date must be in the future.', 'BAD_USER_INPUT', 'dueAt')] }))),
    );
    await fill(user, { name: 'Trees planted', unit: 'trees', baseline: '0', target: '250' });
    await user.click(screen.getByRole('button', { name: 'Define outcome' }));
    expect(await screen.findByLabelText(/Due date/)).toHaveAccessibleDescription(expect.stringContaining('The due date must be in the future.'));
  });
});
