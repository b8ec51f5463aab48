import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { toLocalInputValue } from '../../lib/time';
import { amara, gqlError, mockClient, renderRoute, type MockClient } from '../../test/render';
import { ProposeForm } from './propose-form';
import { validateProposal, type ProposalValues } from './propose-validation';

const now = new Date(2026, 10, 26, 12, 16);
const hours = (h: number) => toLocalInputValue(new Date(now.getTime() + h * 3_600_000));
const goal = 'Keep a public fridge stocked every day, 400 kg rescued each month.';

function values(v: Partial<ProposalValues>): ProposalValues {
  return { kind: 'OTHER', title: 'A title', body: '', proposedGoal: '', closesAt: hours(48), ...v };
}

describe('validateProposal', () => {
  it('accepts a complete proposal', () => {
    expect(validateProposal(values({}), { now })).toEqual({});
  });

  it('asks for a kind and a title of 3 to 120 characters', () => {
    expect(validateProposal(values({ kind: '', title: ' ' }), { now })).toEqual({
      kind: 'Choose what the proposal is about.',
      title: 'Give the proposal a title.',
    });
    expect(validateProposal(values({ title: 'ab' }), { now }).title).toMatch(/at least 3/);
    expect(validateProposal(values({ title: 'x'.repeat(121) }), { now }).title).toMatch(/120/);
  });

  it('asks a GOAL proposal for a new goal of 10 to 2,000 characters, different from the goal now', () => {
    expect(validateProposal(values({ kind: 'GOAL' }), { now, currentGoal: goal }).proposedGoal).toBe('Write the goal you propose.');
    expect(validateProposal(values({ kind: 'GOAL', proposedGoal: 'Too short' }), { now }).proposedGoal).toMatch(/at least 10/);
    expect(validateProposal(values({ kind: 'GOAL', proposedGoal: 'x'.repeat(2001) }), { now }).proposedGoal).toMatch(/2,000/);
    expect(validateProposal(values({ kind: 'GOAL', proposedGoal: ` ${goal} ` }), { now, currentGoal: goal }).proposedGoal).toMatch(/already the goal/);
    expect(validateProposal(values({ kind: 'GOAL', proposedGoal: 'Rescue 500 kg each month.' }), { now, currentGoal: goal })).toEqual({});
  });

  it('checks a proposed outcome only once it is named', () => {
    const outcome = (o: Partial<ProposalValues>) => validateProposal(values({ kind: 'OUTCOME', ...o }), { now });
    expect(outcome({ outcomeName: 'Meals served' })).toEqual({
      'proposedOutcome.unit': 'Say what it is counted in, such as meals.',
      'proposedOutcome.baseline': 'Enter where it stands now, as a number.',
      'proposedOutcome.target': 'Enter the target, as a number.',
    });
    expect(outcome({ outcomeName: 'Meals served', outcomeUnit: 'meals', outcomeBaseline: '40', outcomeTarget: '40' })).toEqual({
      'proposedOutcome.target': 'The target must differ from where it stands now.',
    });
    expect(outcome({ outcomeName: 'Meals served', outcomeUnit: 'meals', outcomeBaseline: '0', outcomeTarget: '400' })).toEqual({});
    expect(validateProposal(values({ kind: 'GOAL', proposedGoal: 'Rescue 500 kg each month.', outcomeName: 'x' }), { now })).toEqual({});
  });

  it('needs no goal for other kinds', () => {
    expect(validateProposal(values({ kind: 'OUTCOME' }), { now, currentGoal: goal })).toEqual({});
  });

  it.each([
    ['', 'Choose when the proposal closes.'],
    ['soon', 'Enter a date and a time, such as 2026-12-03 14:00.'],
    [hours(0.5), 'Choose a time at least an hour from now, so that members can take part.'],
    [hours(-24), 'Choose a time at least an hour from now, so that members can take part.'],
    [hours(24 * 91), 'Choose a time within 90 days from now.'],
  ])('refuses the closing time %j', (closesAt, want) => {
    expect(validateProposal(values({ closesAt }), { now }).closesAt).toBe(want);
  });

  it.each([hours(1.1), hours(24 * 89)])('accepts the closing time %j', (closesAt) => {
    expect(validateProposal(values({ closesAt }), { now }).closesAt).toBeUndefined();
  });
});

const created = {
  data: {
    createProposal: {
      __typename: 'ProposalPayload',
      proposal: { __typename: 'Proposal', id: 'UHJvcG9zYWw6OQ', title: 'x', status: 'OPEN', collaboration: { __typename: 'Collaboration', id: 'C1' } },
    },
  },
};

/** The input of the first mutation the form sent. */
const sentInput = (client: MockClient) => client.executeMutation.mock.calls[0][0].variables.input as Record<string, unknown>;

function renderForm(client = mockClient({ mutation: () => created })) {
  const onCreated = vi.fn();
  renderRoute(<ProposeForm collaborationId="C1" currentGoal={goal} onCreated={onCreated} now={() => now} />, { client, viewer: amara });
  return { client, onCreated };
}

describe('ProposeForm', () => {
  it('closes a week from now on the next full hour unless changed', () => {
    renderForm();
    expect(screen.getByLabelText('Closes at')).toHaveValue(toLocalInputValue(new Date(2026, 11, 3, 13, 0)));
    expect(screen.getByText(/It closes on .*3 December 2026 at 13:00.*, 7 days from now\./)).toBeInTheDocument();
  });

  it('asks for the proposed goal only for a goal proposal, and requires it', async () => {
    const user = userEvent.setup();
    const { client } = renderForm();
    expect(screen.queryByRole('textbox', { name: /The goal you propose/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /A new goal/ }));
    expect(screen.getByText(goal)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Rescue more food');
    await user.click(screen.getByRole('button', { name: 'Put it to the members' }));

    const field = screen.getByRole('textbox', { name: /The goal you propose/ });
    expect(client.executeMutation).not.toHaveBeenCalled();
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Write the goal you propose.'));
    expect(field).toHaveFocus();
  });

  it('refuses a closing time less than an hour ahead', async () => {
    const user = userEvent.setup();
    const { client } = renderForm();
    await user.click(screen.getByRole('radio', { name: /Something else/ }));
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Paint the fridge');
    const closes = screen.getByLabelText('Closes at');
    await user.clear(closes);
    await user.type(closes, hours(0.5));
    await user.click(screen.getByRole('button', { name: 'Put it to the members' }));
    expect(client.executeMutation).not.toHaveBeenCalled();
    expect(closes).toHaveAccessibleDescription(expect.stringContaining('at least an hour from now'));
  });

  it('sends a goal proposal with its goal and the closing time in UTC', async () => {
    const user = userEvent.setup();
    const { client, onCreated } = renderForm();
    await user.click(screen.getByRole('radio', { name: /A new goal/ }));
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), ' Rescue 500 kg ');
    await user.type(screen.getByRole('textbox', { name: /The goal you propose/ }), 'Rescue 500 kg of food each month.');
    await user.type(screen.getByRole('textbox', { name: /What and why/ }), 'The new bakeries make it possible.');
    await user.click(screen.getByRole('button', { name: 'Put it to the members' }));

    expect(onCreated).toHaveBeenCalledWith('UHJvcG9zYWw6OQ');
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({
      input: {
        collaborationId: 'C1',
        kind: 'GOAL',
        title: 'Rescue 500 kg',
        body: 'The new bakeries make it possible.',
        proposedGoal: 'Rescue 500 kg of food each month.',
        closesAt: new Date(2026, 11, 3, 13, 0).toISOString(),
      },
    });
  });

  it('sends no goal for another kind, even one typed before switching', async () => {
    const user = userEvent.setup();
    const { client } = renderForm();
    await user.click(screen.getByRole('radio', { name: /A new goal/ }));
    await user.type(screen.getByRole('textbox', { name: /The goal you propose/ }), 'Rescue 500 kg of food each month.');
    await user.click(screen.getByRole('radio', { name: /An outcome/ }));
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Measure the waste');
    await user.click(screen.getByRole('button', { name: 'Put it to the members' }));
    expect(sentInput(client).proposedGoal).toBeNull();
  });

  it('sends a QUORUM proposal with its share, and anonymous positions when asked for', async () => {
    const user = userEvent.setup();
    const { client } = renderForm();
    await user.click(screen.getByRole('radio', { name: /How many must take part/ }));
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Two thirds decide');
    await user.click(screen.getByRole('button', { name: 'Put it to the members' }));
    expect(client.executeMutation).not.toHaveBeenCalled();
    expect(screen.getByText('Choose how many of the members must take part.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: /How many of the active members must take part/ }), 'Two thirds');
    await user.click(screen.getByRole('checkbox', { name: 'Anonymous positions' }));
    await user.click(screen.getByRole('button', { name: 'Put it to the members' }));
    expect(sentInput(client)).toMatchObject({ kind: 'QUORUM', proposedQuorumShare: 2 / 3, anonymous: true });
  });

  it('sends the outcome an OUTCOME proposal names, and none when left empty', async () => {
    const user = userEvent.setup();
    const { client } = renderForm();
    await user.click(screen.getByRole('radio', { name: /An outcome/ }));
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Count the meals');
    await user.type(screen.getByRole('textbox', { name: /^Outcome/ }), 'Meals served');
    await user.click(screen.getByRole('button', { name: 'Put it to the members' }));
    expect(client.executeMutation).not.toHaveBeenCalled();
    expect(screen.getByText('Say what it is counted in, such as meals.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /^Counted in/ }), 'meals');
    await user.type(screen.getByRole('textbox', { name: /^Where it stands now/ }), '120');
    await user.type(screen.getByRole('textbox', { name: /^Target/ }), '400');
    await user.click(screen.getByRole('button', { name: 'Put it to the members' }));
    expect(sentInput(client).proposedOutcome).toEqual({
      name: 'Meals served', unit: 'meals', baseline: 120, target: 400,
    });
  });

  it('puts the server’s field error on its field', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({
        error: new CombinedError({
          graphQLErrors: [gqlError('A proposal stays open at least an hour so that members can take part; choose a later closing time.', 'BAD_USER_INPUT', 'closesAt')],
        }),
      }),
    });
    renderForm(client);
    await user.click(screen.getByRole('radio', { name: /Membership/ }));
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Make Fatima a steward');
    await user.click(screen.getByRole('button', { name: 'Put it to the members' }));
    expect(await screen.findByText(/choose a later closing time/)).toBeInTheDocument();
    expect(screen.getByLabelText('Closes at')).toHaveFocus();
  });
});
