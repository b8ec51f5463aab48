import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTimeLong } from '../../lib/format';
import { gatheringPaths } from '../../lib/paths';
import { answerLabels, placeLine, shownZone, spotsLine } from './words';
import styles from './gatherings.module.css';

export const GatheringSummary_gathering = graphql(`
  fragment GatheringSummary_gathering on Gathering {
    id
    number
    title
    startsAt
    timeZone
    place
    onlineUrl
    capacity
    goingCount
    waitingCount
    viewerRsvp
    cancelledAt
  }
`);

/**
 * One gathering in a collaboration's list: when (in the person's time zone, named when it is
 * not the collaboration's) and where, who comes, the viewer's answer.
 */
export function GatheringSummary({
  slug,
  gathering,
  personZone,
  collaborationZone,
}: {
  slug: string;
  gathering: FragmentType<typeof GatheringSummary_gathering>;
  personZone?: string | null;
  collaborationZone?: string | null;
}) {
  const { t } = useTranslation('gatherings');
  const g = getFragmentData(GatheringSummary_gathering, gathering);
  const zone = shownZone(personZone, collaborationZone);
  return (
    <li className={styles.summary}>
      <Link className={styles.summaryTitle} to={gatheringPaths.gathering(slug, g.number)}>
        {g.title}
      </Link>
      <p className={styles.meta}>
        <time dateTime={g.startsAt}>
          {formatDateTimeLong(g.startsAt, zone.timeZone)}
          {zone.named && ` ${t('when.zone', { zone: zone.timeZone })}`}
        </time>
        <span>{placeLine(g.place, g.onlineUrl)}</span>
        <span>{spotsLine(g.goingCount, g.capacity, g.waitingCount)}</span>
        {g.cancelledAt && <Badge tone="danger">{t('cancelled')}</Badge>}
        {!g.cancelledAt && g.viewerRsvp && <Badge tone="info">{answerLabels()[g.viewerRsvp]}</Badge>}
      </p>
    </li>
  );
}
