import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import { answerLabels, hoursBetween, placeLine, shownZone, spotsLine } from './words';
import { needLabel } from '../../lib/need-draft';
import styles from './gatherings.module.css';

/**
 * One gathering: when (in the person's time zone, named when it is not the collaboration's) and where, the viewer's answer,
 * who comes, and for stewards cancel and attendance.
 */
export function GatheringPage({ slug }: { slug: string }) {
  const { t } = useTranslation('gatherings');
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
  useDocumentTitle(g ? g.title : data ? t('notFound') : undefined);

  if (!data && fetching) return <Loading label={t('gathering.loading')} />;
  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title={t('gathering.loadFailed')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!g) {
    return (
      <EmptyState
        title={t('gathering.none')}
        action={<LinkButton to={gatheringPaths.list(slug)}>{t('gathering.seeAll')}</LinkButton>}
      >
        {t('gathering.noneHint')}
      </EmptyState>
    );
  }
  const ended = new Date(g.endsAt).getTime() <= now;
  const full = g.capacity != null && g.goingCount >= g.capacity;
  const answered = g.answers ?? [];
  const zone = shownZone(data.viewer?.timeZone, data.collaboration?.timeZone);
  return (
    <article className={styles.gathering} aria-labelledby="gathering-heading">
      <p className={styles.back}>
        <Link to={gatheringPaths.list(slug)}>{t('gathering.all')}</Link>
      </p>
      <header className={styles.header}>
        <h2 id="gathering-heading">
          {g.title} {g.cancelledAt && <Badge tone="danger">{t('cancelled')}</Badge>}
        </h2>
        <dl className={styles.facts}>
          <dt>{t('gathering.when')}</dt>
          <dd>
            <time dateTime={g.startsAt}>{formatTimeRange(g.startsAt, g.endsAt, zone.timeZone)}</time>
            {zone.named && <span className={styles.zone}> {t('when.zone', { zone: zone.timeZone })}</span>}
            {/* Where it is held, people read the clocks of its own zone. */}
            {g.timeZone !== zone.timeZone && (
              <span className={styles.zone}>
                {' · '}
                {t('when.local', { when: formatTimeRange(g.startsAt, g.endsAt, g.timeZone), zone: g.timeZone })}
              </span>
            )}
          </dd>
          <dt>{t('gathering.where')}</dt>
          <dd>
            {g.place || placeLine(g.place, g.onlineUrl)}
            {g.onlineUrl && (
              <>
                {g.place && ' · '}
                <a href={g.onlineUrl} rel="nofollow noopener ugc">
                  {t('gathering.joinOnline')}
                </a>
              </>
            )}
          </dd>
          <dt>{t('gathering.places')}</dt>
          <dd>
            {g.maybeCount > 0
              ? t('spots.andMaybe', {
                  base: spotsLine(g.goingCount, g.capacity, g.waitingCount),
                  count: g.maybeCount,
                })
              : spotsLine(g.goingCount, g.capacity, g.waitingCount)}
          </dd>
          {g.need && (
            <>
              <dt>{t('gathering.serves')}</dt>
              <dd>{needLabel(g.need)}</dd>
            </>
          )}
          <dt>{t('gathering.calendar')}</dt>
          <dd>
            <a href={g.icsUrl} download>
              {t('gathering.addToCalendar')}
            </a>
          </dd>
        </dl>
        {g.createdBy && <p className={styles.muted}>{t('gathering.plannedBy', { name: g.createdBy.displayName })}</p>}
      </header>
      {g.descriptionHTML && (
        <div className={styles.description} dangerouslySetInnerHTML={{ __html: g.descriptionHTML }} />
      )}

      {g.viewerRsvp && (
        <p className={styles.yourAnswer} role="status">
          {g.viewerRsvp === 'WAITING' && g.viewerWaitingPosition
            ? t('gathering.waitingPosition', { position: g.viewerWaitingPosition })
            : t('gathering.yourAnswer', { answer: answerLabels()[g.viewerRsvp] })}
        </p>
      )}
      {g.viewerCanRsvp && <RsvpButtons gatheringId={g.id} current={g.viewerRsvp} full={full} />}
      {!g.viewerCanRsvp && !g.cancelledAt && !ended && !g.answers && (
        <p className={styles.muted}>{t('gathering.membersAnswer')}</p>
      )}

      {g.answers && <AnswerLists answers={answered} viewerId={data.viewer?.id} />}

      {g.attendanceRecordedAt && g.attendees && (
        <section aria-labelledby="attended-heading">
          <h3 id="attended-heading">{t('gathering.attended', { n: g.attendees.length })}</h3>
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
            {t('gathering.edit')}
          </LinkButton>
          <Button
            variant="danger"
            busy={cancelling}
            onClick={() => {
              if (window.confirm(t('gathering.cancelConfirm', { title: g.title })))
                void cancel({ input: { gatheringId: g.id } });
            }}
          >
            {t('gathering.cancel')}
          </Button>
        </div>
      )}
    </article>
  );
}
