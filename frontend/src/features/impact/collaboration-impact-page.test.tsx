import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { operationName } from '../../lib/client';
import { amara, mockClient, renderRoute, type SentOperation } from '../../test/render';
import { CollaborationImpactPage } from './collaboration-impact-page';

// The charts load recharts on demand; here a stand-in shows what they were given.
vi.mock('./charts', () => ({
  MeasurementChart: ({ points }: { points: { value: number }[] }) => (
    <div data-testid="measurement-chart">{points.map((p) => p.value).join(',')}</div>
  ),
  MonthlyChart: ({ series }: { series: { label: string } }) => <div data-testid="monthly-chart">{series.label}</div>,
}));

const person = (id: string, handle: string, displayName: string) => ({ __typename: 'Person', id, handle, displayName });
const lotte = person('P2', 'lotte', 'Lotte de Vries');

function measurement(id: string, value: number, measuredAt: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Measurement',
    id,
    value,
    measuredAt,
    evidenceUrl: '',
    evidenceNote: '',
    current: true,
    viewerCanAttest: false,
    createdAt: measuredAt,
    recordedBy: lotte,
    supersedes: null,
    supersededBy: null,
    attestations: [],
    ...extra,
  };
}

const m1 = measurement('M1', 135, '2026-08-20T12:00:00Z', {
  evidenceNote: 'Weighed every delivery.',
  recordedBy: person('P1', 'amara', 'Amara Okafor'),
  attestations: [{ __typename: 'Attestation', person: lotte, createdAt: '2026-08-21T12:00:00Z' }],
});
const m2 = measurement('M2', 190, '2026-09-20T12:00:00Z', {
  evidenceUrl: 'https://example.org/noord-fridge/weigh-log/2',
  viewerCanAttest: true,
});

const rescuedMeasurements = { __typename: 'MeasurementConnection', totalCount: 2, edges: [m2, m1].map((node) => ({ __typename: 'MeasurementEdge', node })) };

const rescued = {
  __typename: 'Outcome',
  id: 'O1',
  name: 'Food rescued each month',
  unit: 'kg',
  baseline: 120,
  target: 400,
  direction: 'INCREASE',
  dueAt: '2027-06-01T12:00:00Z',
  elapsedShare: 0.3,
  onTrack: true,
  progress: { __typename: 'Progress', raw: 0.25, clamped: 0.25 },
  latest: { __typename: 'Measurement', id: 'M2', value: 190, measuredAt: '2026-09-20T12:00:00Z' },
  values: [{ __typename: 'Value', id: 'V1', slug: 'food-security', name: 'Food security' }],
  metric: null,
  costs: {
    __typename: 'OutcomeCosts',
    result: 70,
    noFigure: null,
    resources: [
      { __typename: 'ResourceCost', kind: 'TIME', unit: 'hours', currency: null, amount: 14, perResult: 0.2, shareOfEffort: 0.7 },
    ],
  },
  history: [
    {
      __typename: 'OutcomeRevision',
      name: 'Food rescued each month',
      unit: 'kg',
      baseline: 120,
      target: 400,
      direction: 'INCREASE',
      dueAt: '2027-06-01T12:00:00Z',
      reason: '',
      createdAt: '2026-08-01T12:00:00Z',
      values: [{ __typename: 'Value', id: 'V1', name: 'Food security' }],
      revisedBy: person('P1', 'amara', 'Amara Okafor'),
    },
  ],
};

const unmeasured = {
  ...rescued,
  id: 'O2',
  name: 'Households reached',
  unit: 'households',
  baseline: 0,
  target: 50,
  elapsedShare: null,
  dueAt: null,
  onTrack: null,
  progress: null,
  latest: null,
};

const quantity = (kind: string, amount: string, unit: string, currency: string | null = null) => ({
  __typename: 'Quantity',
  kind,
  amount,
  unit,
  currency,
});

function answer({ role = 'STEWARD', status = 'ACTIVE', outcomes = [rescued, unmeasured] as unknown[] } = {}) {
  return {
    data: {
      viewer: { __typename: 'Person', id: 'P1' },
      collaboration: {
        __typename: 'Collaboration',
        id: 'C1',
        slug: 'noord-community-fridge',
        title: 'Noord community fridge',
        status: 'ACTIVE',
        visibility: 'PUBLIC',
        viewerMembership: role ? { __typename: 'Membership', id: 'MS1', role, status } : null,
        impact: {
          __typename: 'CollaborationImpact',
          outcomeSummary: { __typename: 'OutcomeSummary', total: outcomes.length, measured: 1, onTrack: 1, reached: 0 },
          outcomes,
          totals: [
            {
              __typename: 'Total',
              all: quantity('TIME', '42.50', 'hours'),
              confirmed: quantity('TIME', '30.00', 'hours'),
              contributors: 3,
              largestShare: 0.45,
            },
            {
              __typename: 'Total',
              all: quantity('MONEY', '250.00', 'EUR', 'EUR'),
              confirmed: quantity('MONEY', '250.00', 'EUR', 'EUR'),
              contributors: 1,
              largestShare: 1,
            },
          ],
          byMember: [
            {
              __typename: 'MemberContribution',
              person: person('P1', 'amara', 'Amara Okafor'),
              given: [{ __typename: 'Total', all: quantity('TIME', '20', 'hours'), confirmed: { __typename: 'Quantity', amount: '20' } }],
            },
          ],
          monthly: [
            { __typename: 'ImpactPoint', month: '2026-08-01T00:00:00Z', kind: 'TIME', unit: 'hours', currency: null, amount: '12', confirmed: '10', contributors: 2 },
            { __typename: 'ImpactPoint', month: '2026-10-01T00:00:00Z', kind: 'TIME', unit: 'hours', currency: null, amount: '30.5', confirmed: '20', contributors: 3 },
          ],
          linkedShare: [{ __typename: 'LinkedShare', kind: 'TIME', unit: 'hours', currency: null, linked: 14, total: 20, share: 0.7 }],
        },
      },
    },
  };
}

/** Each outcome's measurements come by their own query (GetOutcomeMeasurements). */
function measurementsOf(op: SentOperation, canAttest: boolean) {
  const id = op.variables.id;
  const conn =
    id === 'O1'
      ? { ...rescuedMeasurements, edges: rescuedMeasurements.edges.map((e) => ({ ...e, node: { ...e.node, viewerCanAttest: canAttest && e.node.viewerCanAttest } })) }
      : { __typename: 'MeasurementConnection', totalCount: 0, edges: [] };
  return { data: { outcome: { __typename: 'Outcome', id, measurements: conn } } };
}

/** Stated and lived values come by their own query; none here. */
const statedLived = {
  data: {
    collaboration: { __typename: 'Collaboration', id: 'C1', title: 'Noord', statedVsLived: { __typename: 'StatedVsLived', stated: [], lived: [] } },
  },
};

function renderPage(
  result: ReturnType<typeof answer> | { data: { viewer: null; collaboration: null } },
  mutation: (op: { variables: unknown }) => unknown = vi.fn(),
  { canAttest = true } = {},
) {
  const client = mockClient({
    query: (op) =>
      operationName(op) === 'GetOutcomeMeasurements'
        ? measurementsOf(op, canAttest)
        : operationName(op) === 'GetCollaborationStatedVsLived'
          ? statedLived
          : result,
    mutation: mutation as never,
  });
  return renderRoute(<CollaborationImpactPage />, {
    path: '/c/:slug/impact',
    at: '/c/noord-community-fridge/impact',
    client,
    viewer: amara,
  });
}

describe('CollaborationImpactPage', () => {
  it('shows each outcome with its progress, chart points and evidence', () => {
    renderPage(answer());
    expect(screen.getByRole('heading', { level: 1, name: 'Noord community fridge' })).toBeInTheDocument();
    const card = screen.getByRole('article', { name: 'Food rescued each month' });
    expect(within(card).getByText('On track')).toBeInTheDocument();
    expect(within(card).getByText('25%').closest('p')).toHaveTextContent('25% of the way');
    expect(within(card).getByTestId('measurement-chart')).toHaveTextContent('135,190');
    expect(within(card).getByText(/2 measurements, from 135 kg on 20 Aug 2026 to 190 kg on 20 Sept? 2026/)).toBeInTheDocument();
    const list = within(card).getByRole('list', { name: 'Measurements of Food rescued each month, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('190 kg measured 20 Sep');
    expect(within(items[0]).getByRole('link', { name: /example.org\/noord-fridge\/weigh-log\/2/ })).toHaveAttribute(
      'href',
      'https://example.org/noord-fridge/weigh-log/2',
    );
    expect(items[0]).toHaveTextContent('Nobody has attested it yet.');
    expect(items[1]).toHaveTextContent('Evidence: Weighed every delivery.');
    expect(items[1]).toHaveTextContent('Attested by Lotte de Vries.');

    const other = screen.getByRole('article', { name: 'Households reached' });
    expect(within(other).getByText('Not measured yet')).toBeInTheDocument();
    expect(within(other).getByRole('link', { name: 'Record the first measurement' })).toBeInTheDocument();
  });

  it('lets a steward define and revise outcomes and correct any measurement', () => {
    renderPage(answer());
    expect(screen.getByRole('link', { name: 'Define an outcome' })).toHaveAttribute('href', '/c/noord-community-fridge/impact/outcomes/new');
    expect(screen.getByRole('link', { name: 'Revise outcome: Food rescued each month' })).toHaveAttribute(
      'href',
      '/c/noord-community-fridge/impact/outcomes/O1/edit',
    );
    expect(screen.getByRole('link', { name: /Correct 190 kg/ })).toHaveAttribute(
      'href',
      '/c/noord-community-fridge/impact/outcomes/O1/measurements/new?corrects=M2',
    );
  });

  it('lets a member attest another member’s measurement', async () => {
    const user = userEvent.setup();
    const mutation = vi.fn<(op: { variables: unknown }) => unknown>(() => ({
      data: { attestMeasurement: { __typename: 'MeasurementPayload', measurement: { __typename: 'Measurement', id: 'M2', viewerCanAttest: false, attestations: [] } } },
    }));
    renderPage(answer({ role: 'MEMBER' }), mutation);
    expect(screen.queryByRole('link', { name: 'Define an outcome' })).not.toBeInTheDocument();
    // A member corrects only what they recorded themselves (M1 is Amara's).
    expect(screen.queryByRole('link', { name: /Correct 190 kg/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Correct 135 kg/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Attest 190 kg measured 20 Sep/ }));
    expect(mutation.mock.calls[0][0].variables).toEqual({ input: { measurementId: 'M2' } });
    const news = await screen.findByRole('status');
    expect(news).toHaveTextContent(/You attest 190 kg measured 20 Sep/);
    expect(news).toHaveFocus();
  });

  it('offers nothing to change to someone who is not a member', () => {
    renderPage(answer({ role: '' }), vi.fn(), { canAttest: false });
    expect(screen.queryByRole('button', { name: /Attest/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Record/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Correct/ })).not.toBeInTheDocument();
    expect(screen.getByText('Nobody has attested it yet.')).toBeInTheDocument();
  });

  it('shows what each outcome took per unit of result and how much effort is linked', () => {
    renderPage(answer());
    const card = screen.getByRole('article', { name: 'Food rescued each month' });
    expect(within(card).getByTestId('per-result')).toHaveTextContent('0.2 hours per kg');
    expect(screen.getByTestId('linked-share')).toHaveTextContent('70%');
  });

  it('shows what was pooled, how widely, month by month, and the exports', () => {
    renderPage(answer());
    const pooled = screen.getByRole('region', { name: 'What the members pooled' });
    expect(pooled).toHaveTextContent('42.5 hours');
    expect(pooled).toHaveTextContent('3 people gave; the largest share is 45%.');
    expect(pooled).toHaveTextContent('€250.00');
    expect(pooled).toHaveTextContent('One person gave all of it.');
    expect(within(pooled).getByRole('link', { name: 'Amara Okafor' })).toHaveAttribute('href', '/people/amara/impact');
    const monthly = screen.getByRole('region', { name: 'Month by month' });
    expect(within(monthly).getByText(/Time, hours: 42.5 hours from Aug 2026 to Oct 2026, the most in Oct 2026/)).toBeInTheDocument();
    expect(within(monthly).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', '/collaborations/noord-community-fridge/impact.csv');
    expect(screen.getByRole('link', { name: 'Export JSON' })).toHaveAttribute('href', '/collaborations/noord-community-fridge/impact.json');
  });

  it('tells a steward what to do when there are no outcomes yet', () => {
    renderPage(answer({ outcomes: [] }));
    expect(screen.getByText('No outcomes yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Define the first outcome' })).toBeInTheDocument();
  });

  it('says when there is no such collaboration', () => {
    renderPage({ data: { viewer: null, collaboration: null } });
    expect(screen.getByRole('heading', { level: 1, name: 'No collaboration to show here' })).toBeInTheDocument();
  });
});
