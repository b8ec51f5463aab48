import { Link } from 'react-router';
import { Badge } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTimeLong } from '../../lib/format';
import { gatheringPaths } from '../../lib/paths';
import { answerLabels, placeLine, spotsLine } from './words';
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

/** One gathering in a collaboration's list: when and where, who comes, the viewer's answer. */
export function GatheringSummary({
  slug,
  gathering,
}: {
  slug: string;
  gathering: FragmentType<typeof GatheringSummary_gathering>;
}) {
  const g = getFragmentData(GatheringSummary_gathering, gathering);
  return (
    <li className={styles.summary}>
      <Link className={styles.summaryTitle} to={gatheringPaths.gathering(slug, g.number)}>
        {g.title}
      </Link>
      <p className={styles.meta}>
        <time dateTime={g.startsAt}>{formatDateTimeLong(g.startsAt, g.timeZone)}</time>
        <span>{placeLine(g.place, g.onlineUrl)}</span>
        <span>{spotsLine(g.goingCount, g.capacity, g.waitingCount)}</span>
        {g.cancelledAt && <Badge tone="danger">Cancelled</Badge>}
        {!g.cancelledAt && g.viewerRsvp && <Badge tone="info">{answerLabels[g.viewerRsvp]}</Badge>}
      </p>
    </li>
  );
}
