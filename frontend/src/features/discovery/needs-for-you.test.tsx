import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { amara, mockClient, renderRoute } from '../../test/render';
import { NeedsForYou } from './needs-for-you';

const q = (kind: string, amount: string, unit: string, currency: string | null = null) => ({
  __typename: 'Quantity',
  kind,
  amount,
  unit,
  currency,
});

function edge(id: string, skill: string, skillMatch: boolean, score: number) {
  return {
    __typename: 'NeedMatchEdge',
    cursor: `c-${id}`,
    skillMatch,
    score,
    node: {
      __typename: 'Need',
      id,
      skill,
      description: skill ? '' : 'Stock check at six',
      quantity: q(skill ? 'SKILL' : 'TIME', '10', 'hours'),
      pledged: q(skill ? 'SKILL' : 'TIME', '0', 'hours'),
      collaboration: {
        __typename: 'Collaboration',
        id: 'C1',
        slug: 'noord-community-fridge',
        title: 'Noord Community Fridge',
      },
    },
    sharedValues: [{ __typename: 'SharedValue', value: { __typename: 'Value', id: 'V1', name: 'Community' } }],
  };
}

function show(edges: ReturnType<typeof edge>[], totalCount = edges.length) {
  const client = mockClient({
    query: () => ({
      data: {
        viewer: {
          __typename: 'Person',
          id: amara.id,
          needsForYou: { __typename: 'NeedMatchConnection', totalCount, edges },
        },
      },
    }),
  });
  return renderRoute(<NeedsForYou />, { client, viewer: amara });
}

describe('NeedsForYou', () => {
  it('lists each need with its collaboration, the skill it asks of you and a Commit link set toward it', () => {
    show([edge('N1', 'bookkeeping', true, 0.5), edge('N2', '', false, 0.25)], 7);
    const items = within(screen.getByRole('list', { name: 'Needs you could fill' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Your skill: bookkeeping')).toBeInTheDocument();
    expect(within(items[0]).getByText('50% aligned')).toBeInTheDocument();
    expect(within(items[1]).queryByText(/Your skill/)).not.toBeInTheDocument();
    const commit = within(items[0]).getByRole('link', { name: /^Commit toward 10 hours of bookkeeping/ });
    expect(commit).toHaveAttribute('href', '/c/noord-community-fridge/join?need=N1');
    expect(screen.getByText(/5 more in/)).toBeInTheDocument();
  });

  it('says so when nothing is open for you', () => {
    show([]);
    expect(screen.getByText(/No open need outside your collaborations/)).toBeInTheDocument();
  });
});
