import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ActivityItem_ActivityFragment } from '../../gql/graphql';
import { describeActivity } from './activity-item';

const lotte = { __typename: 'Person' as const, handle: 'lotte', displayName: 'Lotte Bakker' };
const proposal = { __typename: 'Proposal' as const, id: 'P1', title: 'A shared meal' };

function words(a: Partial<ActivityItem_ActivityFragment>) {
  const entry = { verb: '', subjectType: 'Proposal', createdAt: '2026-11-26T12:00:00Z', actor: null, subject: null, ...a } as ActivityItem_ActivityFragment;
  const { container } = render(<MemoryRouter>{describeActivity(entry, 'fridge')}</MemoryRouter>);
  return container.textContent;
}

describe('describeActivity', () => {
  it.each([
    [{ verb: 'proposal.created', actor: lotte, subject: proposal }, 'Lotte Bakker proposed A shared meal'],
    [{ verb: 'proposal.adopted', subject: proposal }, 'A shared meal was adopted'],
    [{ verb: 'position.changed', actor: lotte, subject: { __typename: 'Position' as const, id: 'X', proposal: { id: 'P1', title: 'A shared meal' } } }, 'Lotte Bakker changed their position on A shared meal'],
    [{ verb: 'comment.posted', actor: null, subject: { __typename: 'Comment' as const, id: 'X', proposal: { id: 'P1', title: 'A shared meal' } } }, 'Someone commented on A shared meal'],
    [{ verb: 'collaboration.goal_changed', subjectType: 'Collaboration' }, 'The goal changed'],
    [{ verb: 'proposal.withdrawn', actor: lotte }, 'Lotte Bakker withdrew a proposal'],
    [{ verb: 'something.new_happened', actor: lotte }, 'Lotte Bakker: something new happened'],
  ])('%j reads %j', (entry, want) => {
    expect(words(entry as Partial<ActivityItem_ActivityFragment>)).toBe(want);
  });
});
