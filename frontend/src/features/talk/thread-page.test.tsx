import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { amara, mockClient, renderRoute } from '../../test/render';
import { ThreadPage } from './thread-page';

const post = (id: string, over: Record<string, unknown>) => ({
  __typename: 'Post',
  id,
  body: '',
  bodyHTML: '',
  createdAt: '2026-11-26T12:00:00Z',
  editedAt: null,
  viewerCanEdit: false,
  author: { __typename: 'Person', handle: 'bo', displayName: 'Bo Chen' },
  revisions: null,
  ...over,
});

const thread = {
  __typename: 'Thread',
  id: 'VGhyZWFkOjE=',
  number: 1,
  title: 'Sunday rota',
  replyCount: 1,
  createdAt: '2026-11-26T12:00:00Z',
  viewerCanReply: true,
  author: { __typename: 'Person', handle: 'amara', displayName: 'Amara Okafor' },
  posts: {
    __typename: 'PostConnection',
    totalCount: 2,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
    edges: [
      {
        __typename: 'PostEdge',
        cursor: 'c1',
        node: post('P1', {
          body: 'Who takes Sunday?',
          bodyHTML: '<p>Who takes <strong>Sunday</strong>?</p>',
          editedAt: '2026-11-26T13:00:00Z',
          viewerCanEdit: true,
          author: { __typename: 'Person', handle: 'amara', displayName: 'Amara Okafor' },
          revisions: [
            { __typename: 'PostRevision', body: 'Who takes Saturday?', createdAt: '2026-11-26T12:00:00Z' },
            { __typename: 'PostRevision', body: 'Who takes Sunday?', createdAt: '2026-11-26T13:00:00Z' },
          ],
        }),
      },
      {
        __typename: 'PostEdge',
        cursor: 'c2',
        node: post('P2', { body: 'x', bodyHTML: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>' }),
      },
    ],
  },
};

function client() {
  return mockClient({
    query: () => ({ data: { collaboration: { __typename: 'Collaboration', id: 'C1', thread } } }),
    mutation: () => ({
      data: {
        replyToThread: {
          __typename: 'PostPayload',
          post: { __typename: 'Post', id: 'P3', thread: { __typename: 'Thread', id: thread.id, replyCount: 2 } },
        },
      },
    }),
  });
}

const route = { path: '/c/:slug/talk/:number', at: '/c/fridge/talk/1', viewer: amara };

describe('ThreadPage', () => {
  it('shows the posts as the server rendered them, who edited what, and listens after the newest', async () => {
    const c = client();
    renderRoute(<ThreadPage slug="fridge" />, { ...route, client: c });
    const posts = await screen.findByRole('list', { name: 'Posts' });
    const [opening, reply] = within(posts)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === posts);
    expect(within(opening).getByText('Sunday', { selector: 'strong' })).toBeInTheDocument();
    expect(within(opening).getByText('edited')).toBeInTheDocument();
    expect(within(opening).getByText('History: 1 earlier version')).toBeInTheDocument();
    expect(within(opening).getByText('Who takes Saturday?')).toBeInTheDocument();
    expect(within(opening).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    // The script is text: the server escaped it, and the page shows it so.
    expect(within(reply).getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(reply.querySelector('script')).toBeNull();
    expect(within(reply).queryByRole('button', { name: 'Edit' })).toBeNull();
    const sub = c.executeSubscription.mock.calls.at(-1)?.[0];
    expect(sub?.variables).toEqual({ threadId: thread.id, after: 'P2' });
  });

  it('sends no empty reply, and a reply trimmed', async () => {
    const user = userEvent.setup();
    const c = client();
    renderRoute(<ThreadPage slug="fridge" />, { ...route, client: c });
    const box = await screen.findByRole('textbox', { name: 'Your reply' });
    await user.click(screen.getByRole('button', { name: 'Reply' }));
    expect(c.executeMutation).not.toHaveBeenCalled();
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Write something first.'));
    await user.type(box, '  Count me in, @bo  ');
    await user.click(screen.getByRole('button', { name: 'Reply' }));
    expect(c.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { threadId: thread.id, body: 'Count me in, @bo' },
    });
    expect(await screen.findByText('Your reply is posted.')).toBeInTheDocument();
  });

  it('loads later posts on request, and then listens from now', async () => {
    const user = userEvent.setup();
    const paged = {
      ...thread,
      posts: { ...thread.posts, pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'c2' } },
    };
    const c = mockClient({
      query: (op) =>
        op.variables.after
          ? {
              data: {
                node: {
                  __typename: 'Thread',
                  id: thread.id,
                  posts: {
                    __typename: 'PostConnection',
                    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c3' },
                    edges: [
                      {
                        __typename: 'PostEdge',
                        cursor: 'c3',
                        node: post('P3', { bodyHTML: '<p>The hundred and first</p>' }),
                      },
                    ],
                  },
                },
              },
            }
          : { data: { collaboration: { __typename: 'Collaboration', id: 'C1', thread: paged } } },
    });
    renderRoute(<ThreadPage slug="fridge" />, { ...route, client: c });
    await user.click(await screen.findByRole('button', { name: 'Show later posts' }));
    expect(await screen.findByText('The hundred and first')).toBeInTheDocument();
    expect(c.executeQuery.mock.calls.at(-1)?.[0].variables).toEqual({ id: thread.id, after: 'c2' });
    expect(screen.queryByRole('button', { name: 'Show later posts' })).toBeNull();
    expect(c.executeSubscription.mock.calls.at(-1)?.[0].variables).toEqual({ threadId: thread.id, after: null });
  });

  it('shows a hidden post as its reason, folds a blocked author away, and reports a post', async () => {
    const user = userEvent.setup();
    const moderated = {
      ...thread,
      posts: {
        ...thread.posts,
        edges: [
          {
            __typename: 'PostEdge',
            cursor: 'c1',
            node: post('P1', { hidden: { __typename: 'Hiding', reason: 'Advertising' } }),
          },
          {
            __typename: 'PostEdge',
            cursor: 'c2',
            node: post('P2', { bodyHTML: '<p>From Bo</p>', authorBlockedByViewer: true }),
          },
        ],
      },
    };
    const c = mockClient({
      query: () => ({ data: { collaboration: { __typename: 'Collaboration', id: 'C1', thread: moderated } } }),
      mutation: () => ({
        data: {
          reportContent: { __typename: 'ReportPayload', report: { __typename: 'Report', id: 'R1', status: 'OPEN' } },
        },
      }),
    });
    renderRoute(<ThreadPage slug="fridge" />, { ...route, client: c });
    expect(await screen.findByText('Hidden by a steward: Advertising')).toBeInTheDocument();
    const folded = screen.getByText('Post from someone you blocked — show');
    expect(screen.getByText('From Bo')).not.toBeVisible();
    await user.click(folded);
    expect(screen.getByText('From Bo')).toBeVisible();
    const hidden = screen.getByText('Hidden by a steward: Advertising').closest('li')!;
    await user.click(within(hidden).getByRole('button', { name: 'Report' }));
    const dialog = within(hidden).getByRole('dialog', { name: 'Report this post' });
    await user.selectOptions(within(dialog).getByLabelText('Reason'), 'OTHER');
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
    expect(c.executeMutation).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText('What is wrong'), 'Selling watches');
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
    expect(c.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { targetId: 'P1', reason: 'OTHER', text: 'Selling watches' },
    });
    expect(await within(hidden).findByText('Thank you: the admins will look at your report.')).toBeInTheDocument();
  });
});
