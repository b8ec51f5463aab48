import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { amara, gqlError, mockClient, renderRoute } from '../../test/render';
import { ReportsPage } from './reports-page';

const report = {
  __typename: 'Report',
  id: 'UmVwb3J0OjE=',
  targetType: 'POST',
  targetPreview: 'Cheap watches, buy now!',
  targetPath: '/c/fridge/talk/1',
  reason: 'SPAM',
  text: 'Advertising in our thread.',
  status: 'OPEN',
  openReportsOfTarget: 2,
  createdAt: '2026-11-26T12:00:00Z',
  closedAt: null,
  closingNote: '',
  reporter: { __typename: 'Person', handle: 'bo', displayName: 'Bo Chen' },
  subject: {
    __typename: 'Person',
    id: 'UGVyc29uOjM=',
    handle: 'sam',
    displayName: 'Sam',
    role: 'MEMBER',
    suspension: null,
  },
  collaboration: { __typename: 'Collaboration', title: 'Community fridge' },
};

const admin = { ...amara, role: 'ADMIN' as const };

function queue(reports: unknown[], role = 'ADMIN') {
  return {
    data: {
      viewer: { __typename: 'Person', id: amara.id, role },
      reports: {
        __typename: 'ReportConnection',
        totalCount: reports.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: reports.map((node) => ({ __typename: 'ReportEdge', node })),
      },
    },
  };
}

const route = { path: '/admin/reports', at: '/admin/reports', viewer: admin };

describe('ReportsPage', () => {
  it('lists open reports with what is reported, why, by whom and how often', async () => {
    renderRoute(<ReportsPage />, { ...route, client: mockClient({ query: () => queue([report]) }) });
    const item = await screen.findByRole('listitem', { name: /Report of a post/ });
    expect(within(item).getByRole('link', { name: 'Cheap watches, buy now!' })).toHaveAttribute(
      'href',
      '/c/fridge/talk/1',
    );
    expect(within(item).getByText('Spam or advertising')).toBeInTheDocument();
    expect(within(item).getByText('2 open reports of this')).toBeInTheDocument();
    expect(within(item).getByText('“Advertising in our thread.”')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'Bo Chen' })).toBeInTheDocument();
    expect(screen.getByText('1 report, oldest first')).toBeInTheDocument();
  });

  it('dismisses a report, and suspends its author only with a reason', async () => {
    const user = userEvent.setup();
    const c = mockClient({
      query: () => queue([report]),
      mutation: (op) =>
        op.query.definitions.some((d) => 'name' in d && d.name?.value === 'SuspendAccount')
          ? {
              data: {
                suspendAccount: {
                  __typename: 'AccountPayload',
                  person: { __typename: 'Person', id: report.subject.id, suspension: null },
                },
              },
            }
          : {
              data: {
                resolveReport: {
                  __typename: 'ReportPayload',
                  report: { __typename: 'Report', id: report.id, status: 'DISMISSED' },
                },
              },
            },
    });
    renderRoute(<ReportsPage />, { ...route, client: c });
    const item = await screen.findByRole('listitem', { name: /Report of a post/ });
    await user.click(within(item).getByRole('button', { name: 'Dismiss' }));
    expect(c.executeMutation.mock.calls[0][0].variables).toEqual({
      input: { reportId: report.id, status: 'DISMISSED' },
    });
    await user.click(within(item).getByRole('button', { name: 'Suspend @sam' }));
    const form = within(item).getByRole('form', { name: 'Suspend @sam' });
    await user.click(within(form).getByRole('button', { name: 'Suspend account' }));
    expect(c.executeMutation).toHaveBeenCalledTimes(1);
    await user.type(within(form).getByLabelText('Why suspend this account'), 'Spam in every thread');
    await user.click(within(form).getByRole('button', { name: 'Suspend account' }));
    expect(c.executeMutation.mock.calls[1][0].variables).toEqual({
      input: { personId: report.subject.id, reason: 'Spam in every thread' },
    });
  });

  it('tells others the queue is for admins', async () => {
    renderRoute(<ReportsPage />, {
      ...route,
      viewer: amara,
      client: mockClient({
        query: () => ({
          error: new CombinedError({ graphQLErrors: [gqlError('Only Kindred admins can do this.', 'FORBIDDEN')] }),
        }),
      }),
    });
    expect(await screen.findByText('Only Kindred admins see the reports')).toBeInTheDocument();
  });
});
