import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { amara, mockClient, renderRoute } from '../../test/render';
import { CommentForm } from './comment-form';
import { WithdrawButton } from './withdraw-button';

describe('CommentForm', () => {
  it('sends nothing empty', async () => {
    const user = userEvent.setup();
    const client = mockClient();
    renderRoute(<CommentForm proposalId="P1" />, { client, viewer: amara });
    await user.type(screen.getByRole('textbox', { name: 'Your comment' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(client.executeMutation).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Your comment' })).toHaveAccessibleDescription(expect.stringContaining('Write something first.'));
  });

  it('adds the comment, empties the field and says so', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({
        data: {
          commentOnProposal: {
            __typename: 'CommentPayload',
            comment: { __typename: 'Comment', id: 'Cm9', body: 'Count me in.', createdAt: '2026-11-26T12:00:00Z', proposal: { __typename: 'Proposal', id: 'P1' } },
          },
        },
      }),
    });
    renderRoute(<CommentForm proposalId="P1" />, { client, viewer: amara });
    await user.type(screen.getByRole('textbox', { name: 'Your comment' }), ' Count me in. ');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(await screen.findByText('Your comment is added to the discussion.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your comment' })).toHaveValue('');
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({ input: { proposalId: 'P1', body: 'Count me in.' } });
  });
});

describe('WithdrawButton', () => {
  it('withdraws only once confirmed', async () => {
    const user = userEvent.setup();
    const client = mockClient({
      mutation: () => ({
        data: { withdrawProposal: { __typename: 'ProposalPayload', proposal: { __typename: 'Proposal', id: 'P1', status: 'WITHDRAWN', closedAt: '2026-11-26T12:00:00Z' } } },
      }),
    });
    renderRoute(<WithdrawButton proposalId="P1" />, { client, viewer: amara });
    await user.click(screen.getByRole('button', { name: 'Withdraw it' }));
    expect(client.executeMutation).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw it' }));
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({ input: { proposalId: 'P1' } });
  });
});
