import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockClient, renderRoute } from '../../test/render';
import { ReportPage } from './report-page';

vi.mock('./charts', () => ({
  MeasurementChart: () => <div data-testid="measurement-chart" />,
  MonthlyChart: () => <div />,
}));

const hours = (amount: string) => ({ __typename: 'Quantity', kind: 'TIME', amount, unit: 'hours', currency: null });
const given = (all: string) => [{ __typename: 'Total', all: hours(all), confirmed: hours(all) }];

const answer = {
  data: {
    collaboration: {
      __typename: 'Collaboration',
      id: 'C1',
      slug: 'fridge',
      title: 'Community fridge',
      goal: 'Rescue surplus food for the street.',
      location: 'Rotterdam',
      remote: false,
      values: [
        {
          __typename: 'CollaborationValue',
          weight: 5,
          value: { __typename: 'Value', slug: 'food', name: 'Food security' },
        },
      ],
      impact: {
        __typename: 'CollaborationImpact',
        outcomeSummary: { __typename: 'OutcomeSummary', total: 1, measured: 1, onTrack: 1, reached: 0 },
        outcomes: [
          {
            __typename: 'Outcome',
            id: 'O1',
            name: 'Meals rescued',
            unit: 'meals',
            baseline: 0,
            target: 100,
            direction: 'INCREASE',
            dueAt: null,
            elapsedShare: null,
            onTrack: true,
            progress: { __typename: 'Progress', raw: 0.3, clamped: 0.3 },
            costs: {
              __typename: 'OutcomeCosts',
              result: 30,
              noFigure: null,
              resources: [
                {
                  __typename: 'OutcomeCost',
                  kind: 'TIME',
                  unit: 'hours',
                  currency: null,
                  amount: '6',
                  perResult: 0.2,
                  shareOfEffort: 0.5,
                },
              ],
            },
            latest: { __typename: 'Measurement', id: 'M1', value: 30, measuredAt: '2026-11-15T12:00:00Z' },
            values: [{ __typename: 'Value', slug: 'food', name: 'Food security' }],
            measurements: {
              __typename: 'MeasurementConnection',
              totalCount: 1,
              edges: [
                {
                  __typename: 'MeasurementEdge',
                  node: {
                    __typename: 'Measurement',
                    id: 'M1',
                    value: 30,
                    measuredAt: '2026-11-15T12:00:00Z',
                    current: true,
                  },
                },
              ],
            },
          },
        ],
        totals: [{ __typename: 'Total', all: hours('7'), confirmed: hours('7'), contributors: 2, largestShare: 0.57 }],
        monthly: [],
        reportContributors: [
          { __typename: 'ReportContributor', label: 'Member 1', person: null, given: given('3') },
          {
            __typename: 'ReportContributor',
            label: 'Bo Chen',
            person: { __typename: 'Person', handle: 'bo-chen' },
            given: given('4'),
          },
        ],
      },
    },
  },
};

describe('ReportPage', () => {
  it('lays out the goal, outcomes, resources and contributors as they chose to be named, and prints', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderRoute(<ReportPage />, {
      path: '/c/:slug/report',
      at: '/c/fridge/report',
      client: mockClient({ query: () => answer }),
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Community fridge' })).toBeInTheDocument();
    expect(screen.getByText('Rescue surplus food for the street.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Cost per result' })).toBeInTheDocument();
    const outcomes = screen.getByRole('region', { name: 'Outcomes' });
    expect(within(outcomes).getByRole('heading', { name: 'Meals rescued' })).toBeInTheDocument();
    expect(within(outcomes).getByTestId('measurement-chart')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Resources given' })).toHaveTextContent('7 hours');
    const people = screen.getByRole('region', { name: 'Contributors' });
    expect(people).toHaveTextContent('1 of 2 chose to be named.');
    expect([...people.querySelectorAll(':scope > ul > li > p')].map((p) => p.textContent)).toEqual([
      'Member 1',
      'Bo Chen',
    ]);
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: /Back to the impact page/ })).toHaveAttribute('href', '/c/fridge/impact');
  });
});
