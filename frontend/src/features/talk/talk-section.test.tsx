import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient, renderRoute } from '../../test/render';
import { TalkSection } from './talk-section';

describe('TalkSection', () => {
  it('asks a signed-out reader to log in through a link that says so', async () => {
    const client = mockClient({
      query: () => ({
        data: {
          collaboration: {
            __typename: 'Collaboration',
            id: 'C1',
            threads: {
              __typename: 'ThreadConnection',
              totalCount: 0,
              edges: [],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        },
      }),
    });
    renderRoute(<TalkSection collaborationId="C1" slug="fridge" isMember={false} signedIn={false} />, {
      path: '/c/:slug/talk',
      at: '/c/fridge/talk',
      client,
    });
    const link = await screen.findByRole('link', { name: 'Log in' });
    expect(link.closest('p')).toHaveTextContent('Log in to take part, if you are a member.');
  });
});
