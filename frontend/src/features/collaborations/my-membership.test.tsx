import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { FragmentType } from '../../gql';
import { MyMembership, type MyMembership_membership } from './my-membership';

const membership = (over: object) =>
  ({
    __typename: 'Membership',
    id: 'm1',
    role: 'MEMBER',
    status: 'ACTIVE',
    reciprocity: 1,
    behind: false,
    commitments: [{ __typename: 'Commitment', id: 'k1', status: 'BINDING' }],
    collaboration: {
      __typename: 'Collaboration',
      id: 'c1',
      slug: 'shade',
      title: 'Shade for Neukölln',
      goal: 'Plant 250 street trees.',
      status: 'ACTIVE',
      memberCount: 4,
    },
    ...over,
  }) as unknown as FragmentType<typeof MyMembership_membership>;

function renderItem(over: object) {
  render(
    <MemoryRouter>
      <ul>
        <MyMembership membership={membership(over)} />
      </ul>
    </MemoryRouter>,
  );
}

describe('MyMembership', () => {
  it('counts an active member’s live commitments', () => {
    renderItem({});
    expect(screen.getByText(/4 active members · 1 live commitment of yours/)).toBeInTheDocument();
  });

  it('does not count zero commitments for an invitation, and offers to accept it', () => {
    renderItem({ status: 'INVITED', reciprocity: null, commitments: [] });
    expect(screen.getByText('4 active members')).toBeInTheDocument();
    expect(screen.queryByText(/live commitment/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Accept by committing' })).toHaveAttribute('href', '/c/shade/join');
  });
});
