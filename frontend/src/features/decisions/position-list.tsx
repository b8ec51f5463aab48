import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { decisionPaths } from '../../lib/paths';
import { stanceLabel } from './words';
import { formatDateTimeLong } from '../../lib/format';
import shared from './decisions.module.css';
import styles from './position-list.module.css';

export const PositionList_position = graphql(`
  fragment PositionList_position on Position {
    id
    stance
    reason
    createdAt
    updatedAt
    person {
      id
      handle
      displayName
    }
  }
`);

interface Member {
  id: string;
  handle: string;
  displayName: string;
}

/**
 * Every member's position with their reason, in the order they were taken, and the
 * active members who have not taken one.
 */
export function PositionList({
  positions,
  members,
  open,
}: {
  positions: FragmentType<typeof PositionList_position>[];
  /** The collaboration's active members, to say who has not taken a position. */
  members: Member[];
  open: boolean;
}) {
  const list = positions.map((p) => getFragmentData(PositionList_position, p));
  const taken = new Set(list.map((p) => p.person?.id).filter(Boolean));
  const missing = members.filter((m) => !taken.has(m.id));
  return (
    <div className={styles.positions}>
      {list.length === 0 ? (
        <p className="muted">
          {open ? 'Nobody has taken a position yet.' : 'Nobody took a position.'}
        </p>
      ) : (
        <ul className={styles.positionsList}>
          {list.map((p) => (
            <li key={p.id} className={styles.position}>
              <div className={styles.positionHead}>
                <span className={styles.positionWho}>
                  {p.person ? (
                    <Link to={decisionPaths.person(p.person.handle)}>{p.person.displayName}</Link>
                  ) : (
                    'A member'
                  )}
                </span>
                <span className={`${shared.stance} ${shared[`stance--${p.stance.toLowerCase()}`]}`}>{stanceLabel[p.stance]}</span>
              </div>
              {p.reason && <p className={styles.positionReason}>{p.reason}</p>}
              <p className={styles.positionWhen}>
                {p.updatedAt !== p.createdAt ? 'Changed ' : 'Taken '}
                <time dateTime={p.updatedAt}>{formatDateTimeLong(p.updatedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <p className={styles.positionsMissing}>
          {open ? 'No position yet from ' : 'No position from '}
          {missing.map((m, i) => (
            <span key={m.id}>
              {i > 0 && (i === missing.length - 1 ? ' and ' : ', ')}
              <Link to={decisionPaths.person(m.handle)}>{m.displayName}</Link>
            </span>
          ))}
          .
        </p>
      )}
    </div>
  );
}
