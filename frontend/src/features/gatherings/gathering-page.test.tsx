import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { amara, mockClient, renderRoute } from '../../test/render';
import { GatheringPage } from './gathering-page';
import { PlanGatheringPage } from './plan-gathering-page';

const person = (id: string, displayName: string) => ({ __typename: 'Person', id, handle: id, displayName });
const answer = (status: string, p: ReturnType<typeof person>, answeredAt: string) => ({
  __typename: 'GatheringAnswer',
  status,
  answeredAt,
  person: p,
});

const gathering = {
  __typename: 'Gathering',
  id: 'G1',
  number: 1,
  title: 'Volunteer day',
  descriptionHTML: '<p>Bring <strong>gloves</strong></p>',
  startsAt: '2026-11-28T09:00:00Z',
  endsAt: '2026-11-28T12:00:00Z',
  timeZone: 'Europe/Amsterdam',
  place: 'The fridge',
  onlineUrl: '',
  capacity: 1,
  cancelledAt: null,
  attendanceRecordedAt: null,
  goingCount: 1,
  maybeCount: 0,
  waitingCount: 2,
  viewerRsvp: 'WAITING',
  viewerWaitingPosition: 2,
  viewerCanRsvp: true,
  viewerCanManage: false,
  icsUrl: '/calendar/gatherings/1.ics',
  createdBy: { __typename: 'Person', displayName: 'Amara Okafor' },
  answers: [
    answer('GOING', person('bo', 'Bo Chen'), '2026-11-26T10:00:00Z'),
    answer('WAITING', person('cy', 'Cy Ra'), '2026-11-26T11:00:00Z'),
    answer('WAITING', person('me', 'Amara Okafor'), '2026-11-26T11:30:00Z'),
  ],
  attendees: null,
};

describe('GatheringPage', () => {
  it('shows the waiting list in order with the viewer marked and their place, and answers', async () => {
    const user = userEvent.setup();
    const c = mockClient({
      query: () => ({
        data: {
          viewer: { __typename: 'Person', id: 'me' },
          collaboration: { __typename: 'Collaboration', id: 'C1', title: 'Fridge', gathering },
        },
      }),
      mutation: () => ({
        data: {
          rsvpGathering: { __typename: 'GatheringPayload', gathering: { ...gathering, viewerRsvp: 'NOT_GOING' } },
        },
      }),
    });
    renderRoute(<GatheringPage slug="fridge" />, {
      path: '/c/:slug/gatherings/:number',
      at: '/c/fridge/gatherings/1',
      viewer: amara,
      client: c,
    });
    expect(await screen.findByText(/You are number 2 on the waiting list/)).toBeInTheDocument();
    const waiting = screen.getByRole('list', { name: 'Waiting list' });
    const items = within(waiting).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.split('since')[0].trim())).toEqual(['Cy Ra', 'Amara Okafor (you)']);
    expect(screen.getByText('gloves', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute(
      'href',
      '/calendar/gatherings/1.ics',
    );
    expect(screen.getByRole('button', { name: 'Going' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Not going' }));
    expect(c.executeMutation.mock.calls[0][0].variables).toEqual({ input: { gatheringId: 'G1', status: 'NOT_GOING' } });
  });
});

describe('GatheringPage times', () => {
  const show = (viewerZone: string | null) => {
    const c = mockClient({
      query: () => ({
        data: {
          viewer: { __typename: 'Person', id: 'me', timeZone: viewerZone },
          collaboration: {
            __typename: 'Collaboration',
            id: 'C1',
            title: 'Fridge',
            timeZone: 'Europe/Amsterdam',
            gathering,
          },
        },
      }),
    });
    renderRoute(<GatheringPage slug="fridge" />, {
      path: '/c/:slug/gatherings/:number',
      at: '/c/fridge/gatherings/1',
      viewer: amara,
      client: c,
    });
  };

  it("shows them in the person's time zone, named when it is not the collaboration's", async () => {
    show('America/New_York');
    const when = await screen.findByText(/America\/New_York, your time zone/);
    // 09:00 UTC is 04:00 in New York in November.
    expect(when.parentElement?.querySelector('time')?.textContent).toMatch(/\b0?4:00/);
    // And in the clocks of where it is held.
    expect(screen.getByText(/^· Local time there: .*10:00.*\(Europe\/Amsterdam\)$/)).toBeInTheDocument();
  });

  it("names no zone for a person in the collaboration's", async () => {
    show('Europe/Amsterdam');
    const time = await screen.findByText(/10:00/, { selector: 'time' });
    expect(time.parentElement?.textContent).not.toMatch(/your time zone|Local time there/);
  });
});

describe('PlanGatheringPage', () => {
  it('takes its prefill from the query string, an instant shown in the time zone', async () => {
    renderRoute(<PlanGatheringPage slug="fridge" collaborationId="C1" />, {
      path: '/c/:slug/gatherings/new',
      at: '/c/fridge/gatherings/new?title=Planning%20call&start=2026-12-10T17:30:00Z&end=2026-12-10T18:30&tz=Europe/Paris',
      viewer: amara,
    });
    expect(await screen.findByLabelText('Title')).toHaveValue('Planning call');
    expect(screen.getByLabelText('Starts')).toHaveValue('2026-12-10T18:30');
    expect(screen.getByLabelText('Ends')).toHaveValue('2026-12-10T18:30');
    expect(screen.getByLabelText('Time zone')).toHaveValue('Europe/Paris');
  });

  it('offers the open needs a gathering may serve, and sends the one chosen', async () => {
    const quantity = { __typename: 'Quantity', kind: 'TIME', amount: '20.00', unit: 'hours', currency: null };
    const need = (id: string, filled: boolean, skill: string) => ({
      __typename: 'Need',
      id,
      filled,
      skill,
      description: '',
      quantity,
    });
    const client = mockClient({
      query: () => ({
        data: {
          collaboration: {
            __typename: 'Collaboration',
            id: 'C1',
            needs: [need('N1', false, 'cooking'), need('N2', true, 'driving')],
          },
        },
      }),
      mutation: () => ({
        data: {
          planGathering: {
            __typename: 'GatheringPayload',
            gathering: { __typename: 'Gathering', id: 'G9', number: 9 },
          },
        },
      }),
    });
    renderRoute(<PlanGatheringPage slug="fridge" collaborationId="C1" />, {
      path: '/c/:slug/gatherings/new',
      at: '/c/fridge/gatherings/new?title=Cooking%20day&start=2026-12-10T10:00&end=2026-12-10T14:00&tz=Europe/Paris',
      viewer: amara,
      client,
    });
    const select = await screen.findByLabelText(/Need it serves/);
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['None', '20 hours of cooking']);
    await userEvent.selectOptions(select, 'N1');
    await userEvent.type(screen.getByLabelText(/^Place/), 'The kitchen');
    await userEvent.click(screen.getByRole('button', { name: 'Plan the gathering' }));
    expect(client.executeMutation.mock.calls[0][0].variables.input).toMatchObject({
      needId: 'N1',
      place: 'The kitchen',
    });
  });
});
