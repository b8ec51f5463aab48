import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Badge, Button, EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { formatTimeRange } from '../../lib/format';
import { gatheringPaths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CancelGathering } from './api/cancel-gathering';
import { GetGathering } from './api/get-gathering';
import { AnswerLists } from './answer-lists';
import { AttendanceForm } from './attendance-form';
import { RsvpButtons } from './rsvp-buttons';
import { answerLabels, hoursBetween, placeLine, spotsLine } from './words';
import { needLabel } from '../../lib/need-draft';
import styles from './gatherings.module.css';

/** One gathering: when and where, the viewer's answer, who comes, and for stewards cancel and attendance. */
export function GatheringPage({ slug }: { slug: string }) {
  const { number = '' } = useParams();
  const n = Number.parseInt(number, 10);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetGathering,
    variables: { slug, number: n },
    pause: !Number.isSafeInteger(n),
  });
  const [{ fetching: cancelling }, cancel] = useMutation(CancelGathering);
  // Whether it has ended is judged as of opening the page.
  const [now] = useState(() => Date.now());
  const g = data?.collaboration?.gathering;
  useDocumentTitle(g ? g.title : data ? 'Not found' : undefined);

  if (!data && fetching) return <Loading label="Loading the gathering…" />;
  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title="This gathering could not be loaded"
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!g) {
    return (
      <EmptyState
        title="No gathering here"
        action={<LinkButton to={gatheringPaths.list(slug)}>See the gatherings</LinkButton>}
      >
        The link may be wrong, or the gathering belongs to a collaboration you may not see.
      </EmptyState>
    );
  }
  const ended = new Date(g.endsAt).getTime() <= now;
  const full = g.capacity != null && g.goingCount >= g.capacity;
  const answered = g.answers ?? [];
  return (
    <article className={styles.gathering} aria-labelledby="gathering-heading">
      <p className={styles.back}>
        <Link to={gatheringPaths.list(slug)}>All gatherings</Link>
      </p>
      <header className={styles.header}>
        <h2 id="gathering-heading">
          {g.title} {g.cancelledAt && <Badge tone="danger">Cancelled</Badge>}
        </h2>
        <dl className={styles.facts}>
          <dt>When</dt>
          <dd>
            <time dateTime={g.startsAt}>{formatTimeRange(g.startsAt, g.endsAt, g.timeZone)}</time>
            <span className={styles.zone}> ({g.timeZone})</span>
          </dd>
          <dt>Where</dt>
          <dd>
            {g.place || placeLine(g.place, g.onlineUrl)}
            {g.onlineUrl && (
              <>
                {g.place && ' · '}
                <a href={g.onlineUrl} rel="nofollow noopener ugc">
                  Join online
                </a>
              </>
            )}
          </dd>
          <dt>Places</dt>
          <dd>
            {spotsLine(g.goingCount, g.capacity, g.waitingCount)}
            {g.maybeCount > 0 && `, ${g.maybeCount} maybe`}
          </dd>
          {g.need && (
            <>
              <dt>Serves</dt>
              <dd>{needLabel(g.need)}</dd>
            </>
          )}
          <dt>Calendar</dt>
          <dd>
            <a href={g.icsUrl} download>
              Add to calendar (.ics)
            </a>
          </dd>
        </dl>
        {g.createdBy && <p className={styles.muted}>Planned by {g.createdBy.displayName}.</p>}
      </header>
      {g.descriptionHTML && (
        <div className={styles.description} dangerouslySetInnerHTML={{ __html: g.descriptionHTML }} />
      )}

      {g.viewerRsvp && (
        <p className={styles.yourAnswer} role="status">
          {g.viewerRsvp === 'WAITING' && g.viewerWaitingPosition
            ? `You are number ${g.viewerWaitingPosition} on the waiting list. You move up when someone going steps back, and we tell you.`
            : `Your answer: ${answerLabels[g.viewerRsvp]}.`}
        </p>
      )}
      {g.viewerCanRsvp && <RsvpButtons gatheringId={g.id} current={g.viewerRsvp} full={full} />}
      {!g.viewerCanRsvp && !g.cancelledAt && !ended && !g.answers && (
        <p className={styles.muted}>Active members of the collaboration answer and see who comes.</p>
      )}

      {g.answers && <AnswerLists answers={answered} viewerId={data.viewer?.id} />}

      {g.attendanceRecordedAt && g.attendees && (
        <section aria-labelledby="attended-heading">
          <h3 id="attended-heading">Attended ({g.attendees.length})</h3>
          <ul className={styles.people}>
            {g.attendees.map((p) => (
              <li key={p.id}>{p.displayName}</li>
            ))}
          </ul>
        </section>
      )}
      {g.viewerCanManage && ended && !g.cancelledAt && !g.attendanceRecordedAt && (
        <AttendanceForm
          gatheringId={g.id}
          hours={hoursBetween(g.startsAt, g.endsAt)}
          people={answered
            .filter((a) => a.person)
            .map((a) => ({ id: a.person!.id, displayName: a.person!.displayName, going: a.status === 'GOING' }))}
        />
      )}
      {g.viewerCanManage && !ended && !g.cancelledAt && (
        <div className="form__actions">
          <LinkButton to={gatheringPaths.edit(slug, g.number)} variant="secondary">
            Edit the gathering
          </LinkButton>
          <Button
            variant="danger"
            busy={cancelling}
            onClick={() => {
              if (window.confirm(`Cancel “${g.title}”? Everyone who answered is told.`))
                void cancel({ input: { gatheringId: g.id } });
            }}
          >
            Cancel the gathering
          </Button>
        </div>
      )}
    </article>
  );
}
