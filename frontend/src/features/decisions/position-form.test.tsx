import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { amara, gqlError, mockClient, renderRoute } from '../../test/render';
import { PositionForm, validatePosition } from './position-form';

const saved = (stance: string, reason: string) => ({
  data: {
    setPosition: {
      __typename: 'PositionPayload',
      position: { __typename: 'Position', id: 'Pos1', stance, reason, updatedAt: '2026-11-26T12:00:00Z', proposal: { __typename: 'Proposal', id: 'P1' } },
    },
  },
});

describe('validatePosition', () => {
  it('asks for a stance', () => {
    expect(validatePosition({ stance: '', reason: '' })).toEqual({ stance: 'Choose agree, abstain, disagree or block.' });
  });

  it('asks a block for a reason, blanks do not count', () => {
    expect(validatePosition({ stance: 'BLOCK', reason: '   ' }).reason).toMatch(/say why/);
    expect(validatePosition({ stance: 'BLOCK', reason: 'It breaks our promise to the landlord.' })).toEqual({});
  });

  it('lets every other stance go without a reason', () => {
    for (const stance of ['AGREE', 'ABSTAIN', 'DISAGREE'] as const) {
      expect(validatePosition({ stance, reason: '' })).toEqual({});
    }
  });

  it('keeps a reason within 1,000 characters', () => {
    expect(validatePosition({ stance: 'AGREE', reason: 'x'.repeat(1001) }).reason).toMatch(/1,000/);
  });
});

describe('PositionForm', () => {
  it('does not send a block without a reason, and says why on the reason field', async () => {
    const user = userEvent.setup();
    const client = mockClient({ mutation: () => saved('BLOCK', 'x') });
    renderRoute(<PositionForm proposalId="P1" />, { client, viewer: amara });

    await user.click(screen.getByRole('radio', { name: /Block/ }));
    const reason = screen.getByRole('textbox', { name: /Why do you block it\?/ });
    expect(reason).toBeRequired();
    await user.click(screen.getByRole('button', { name: 'Take this position' }));

    expect(client.executeMutation).not.toHaveBeenCalled();
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('say why, so the others can answer it'));
    expect(reason).toHaveFocus();
  });

  it('sends a block with its reason', async () => {
    const user = userEvent.setup();
    const client = mockClient({ mutation: () => saved('BLOCK', 'We promised the landlord.') });
    renderRoute(<PositionForm proposalId="P1" />, { client, viewer: amara });

    await user.click(screen.getByRole('radio', { name: /Block/ }));
    await user.type(screen.getByRole('textbox', { name: /Why do you block it\?/ }), '  We promised the landlord. ');
    await user.click(screen.getByRole('button', { name: 'Take this position' }));

    expect(await screen.findByText('Your position is saved.')).toBeInTheDocument();
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { proposalId: 'P1', stance: 'BLOCK', reason: 'We promised the landlord.' },
    });
  });

  it('asks for a stance before sending anything', async () => {
    const user = userEvent.setup();
    const client = mockClient();
    renderRoute(<PositionForm proposalId="P1" />, { client, viewer: amara });
    await user.click(screen.getByRole('button', { name: 'Take this position' }));
    expect(client.executeMutation).not.toHaveBeenCalled();
    const agree = screen.getByRole('radio', { name: /Agree/ });
    expect(agree).toHaveFocus();
    expect(agree).toHaveAccessibleDescription('In favour. Choose agree, abstain, disagree or block.');
  });

  it('starts from the position taken and changes it', async () => {
    const user = userEvent.setup();
    const client = mockClient({ mutation: () => saved('DISAGREE', '') });
    renderRoute(<PositionForm proposalId="P1" current={{ stance: 'AGREE', reason: 'Good idea.' }} />, { client, viewer: amara });

    expect(screen.getByText(/You agree\. You can change your position/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Agree/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: /Your reason/ })).toHaveValue('Good idea.');
    await user.click(screen.getByRole('radio', { name: /Disagree/ }));
    await user.clear(screen.getByRole('textbox', { name: /Your reason/ }));
    await user.click(screen.getByRole('button', { name: 'Change my position' }));

    await screen.findByText('Your position is saved.');
    expect(client.executeMutation.mock.calls[0][0].variables.input).toEqual({ proposalId: 'P1', stance: 'DISAGREE', reason: '' });
  });

  it('shows why the server refused, such as a proposal that has just closed', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({
        error: new CombinedError({ graphQLErrors: [gqlError('This proposal is adopted; it is no longer open.', 'CONFLICT')] }),
      }),
    });
    renderRoute(<PositionForm proposalId="P1" />, { client, viewer: amara });
    await user.click(screen.getByRole('radio', { name: /Abstain/ }));
    await user.click(screen.getByRole('button', { name: 'Take this position' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your position could not be saved');
    expect(alert).toHaveTextContent('This proposal is adopted; it is no longer open.');
    await waitFor(() => expect(alert).toHaveFocus());
  });
});
