import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { amara, mockClient, renderRoute } from '../../test/render';
import { PersonImpactPage } from './person-impact-page';

vi.mock('./charts', () => ({
  MeasurementChart: () => <div />,
  MonthlyChart: ({ series }: { series: { label: string } }) => <div data-testid="monthly-chart">{series.label}</div>,
}));

const collab = (id: string, slug: string, title: string) => ({ __typename: 'Collaboration', id, slug, title, status: 'ACTIVE' });
const hours = (amount: string) => ({ __typename: 'Quantity', kind: 'TIME', amount, unit: 'hours', currency: null });
const given = (all: string, confirmed: string) => [{ __typename: 'Total', all: hours(all), confirmed: hours(confirmed) }];

const trees = {
  __typename: 'Outcome',
  id: 'O7',
  name: 'Street trees planted',
  collaboration: collab('C2', 'street-trees', 'Street trees'),
  unit: 'trees',
  baseline: 0,
  target: 250,
  direction: 'INCREASE',
  dueAt: null,
  elapsedShare: null,
  onTrack: true,
  progress: { __typename: 'Progress', raw: 0.336, clamped: 0.336 },
  latest: { __typename: 'Measurement', id: 'M9', value: 84, measuredAt: '2026-11-15T12:00:00Z' },
};

function answer(viewerId: string) {
  return {
    data: {
      viewer: { __typename: 'Person', id: viewerId },
      person: {
        __typename: 'Person',
        id: 'P1',
        handle: 'amara',
        displayName: 'Amara Okafor',
        memberships: [
          { __typename: 'Membership', id: 'MS1', status: 'ACTIVE', collaboration: { ...collab('C1', 'fridge', 'Community fridge'), outcomes: [] } },
          { __typename: 'Membership', id: 'MS2', status: 'ACTIVE', collaboration: { ...collab('C2', 'street-trees', 'Street trees'), outcomes: [trees] } },
          { __typename: 'Membership', id: 'MS3', status: 'LEFT', collaboration: { ...collab('C3', 'old', 'An old circle'), outcomes: [] } },
        ],
        impact: {
          __typename: 'PersonImpact',
          given: given('12.5', '10'),
          monthly: [
            { __typename: 'ImpactPoint', month: '2026-10-01T00:00:00Z', kind: 'TIME', unit: 'hours', currency: null, amount: '12.5', confirmed: '10', contributors: 1 },
          ],
          collaborations: [{ __typename: 'PersonCollaborationImpact', collaboration: collab('C1', 'fridge', 'Community fridge'), given: given('12.5', '10'), outcomes: [] }],
        },
      },
    },
  };
}

function renderPage(viewerId: string) {
  return renderRoute(<PersonImpactPage />, {
    path: '/people/:handle/impact',
    at: '/people/amara/impact',
    client: mockClient({ query: () => answer(viewerId) }),
    viewer: amara,
  });
}

describe('PersonImpactPage', () => {
  it('shows what they gave and every collaboration they take part in, with its outcomes', () => {
    renderPage('P2');
    expect(screen.getByRole('heading', { level: 1, name: 'Impact of Amara Okafor' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What they gave' })).toHaveTextContent('Time 12.5 hours (10 hours confirmed)');
    const places = screen.getByRole('region', { name: 'Where they take part' });
    const [fridge, streets] = within(places).getAllByTestId('place');
    expect(fridge).toHaveTextContent('Community fridge');
    expect(fridge).toHaveTextContent('It has not defined outcomes yet.');
    // Active in Street trees without a ledger entry: still there, with its outcome's progress.
    expect(streets).toHaveTextContent('They have not logged a contribution here yet.');
    expect(within(streets).getByRole('link', { name: 'Street trees planted' })).toHaveAttribute('href', '/c/street-trees/impact#outcome-O7');
    expect(streets).toHaveTextContent('34% of the way');
    expect(places).not.toHaveTextContent('An old circle');
  });

  it('speaks to the person about their own impact', () => {
    renderPage('P1');
    expect(screen.getByRole('heading', { level: 1, name: 'Your impact' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What you gave' })).toBeInTheDocument();
  });
});
