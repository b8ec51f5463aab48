import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import { amara, mockClient, renderRoute } from '../../test/render';
import { NeedsForYou, NeedsForYou_person, NeedsForYouList_page, NeedsForYouMore } from './needs-for-you';

const q = (kind: 'SKILL' | 'TIME', amount: string, unit: string, currency: string | null = null) => ({
  __typename: 'Quantity' as const,
  kind,
  amount,
  unit,
  currency,
});

function edge(id: string, skill: string, skillMatch: boolean, score: number) {
  return {
    __typename: 'NeedMatchEdge' as const,
    cursor: `c-${id}`,
    skillMatch,
    score,
    node: {
      __typename: 'Need' as const,
      id,
      skill,
      description: skill ? '' : 'Stock check at six',
      quantity: q(skill ? 'SKILL' : 'TIME', '10', 'hours'),
      pledged: q(skill ? 'SKILL' : 'TIME', '0', 'hours'),
      collaboration: {
        __typename: 'Collaboration' as const,
        id: 'C1',
        slug: 'noord-community-fridge',
        title: 'Noord Community Fridge',
      },
    },
    sharedValues: [
      { __typename: 'SharedValue' as const, value: { __typename: 'Value' as const, id: 'V1', name: 'Community' } },
    ],
  };
}

// On the dashboard: the page comes with the dashboard's query.
function show(edges: ReturnType<typeof edge>[], totalCount = edges.length) {
  const page = makeFragmentData({ __typename: 'NeedMatchConnection', totalCount, edges }, NeedsForYouList_page);
  const viewer = makeFragmentData({ __typename: 'Person', id: amara.id, needsForYou: page }, NeedsForYou_person);
  return renderRoute(<NeedsForYou viewer={viewer} />, { client: mockClient(), viewer: amara });
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

  it('in discovery reads its own page and shows more in place', async () => {
    const client = mockClient({
      query: () => ({
        data: {
          viewer: {
            __typename: 'Person',
            id: amara.id,
            needsForYou: {
              __typename: 'NeedMatchConnection',
              totalCount: 7,
              edges: [edge('N1', 'bookkeeping', true, 0.5)],
            },
          },
        },
      }),
    });
    renderRoute(<NeedsForYouMore first={3} />, { client, viewer: amara });
    expect(await screen.findByRole('button', { name: 'Show more needs (6 more)' })).toBeInTheDocument();
    expect(client.executeQuery.mock.calls[0][0].variables).toEqual({ first: 3 });
  });
});
