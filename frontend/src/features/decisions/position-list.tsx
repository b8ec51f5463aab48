import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { decisionPaths } from '../../lib/paths';
import { PeopleList } from './people-list';
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
  const { t } = useTranslation('decisions');
  const list = positions.map((p) => getFragmentData(PositionList_position, p));
  const taken = new Set(list.map((p) => p.person?.id).filter(Boolean));
  const missing = members.filter((m) => !taken.has(m.id));
  return (
    <div className={styles.positions}>
      {list.length === 0 ? (
        <p className="muted">{open ? t('positionList.noneYet') : t('positionList.none')}</p>
      ) : (
        <ul className={styles.positionsList}>
          {list.map((p) => (
            <li key={p.id} className={styles.position}>
              <div className={styles.positionHead}>
                <span className={styles.positionWho}>
                  {p.person ? (
                    <Link to={decisionPaths.person(p.person.handle)}>{p.person.displayName}</Link>
                  ) : (
                    t('positionList.aMember')
                  )}
                </span>
                <span className={`${shared.stance} ${shared[`stance--${p.stance.toLowerCase()}`]}`}>
                  {stanceLabel(p.stance)}
                </span>
              </div>
              {p.reason && <p className={styles.positionReason}>{p.reason}</p>}
              <p className={styles.positionWhen}>
                {p.updatedAt !== p.createdAt ? (
                  <Trans
                    t={t}
                    i18nKey="positionList.changed"
                    values={{ when: formatDateTimeLong(p.updatedAt) }}
                    components={{ time: <time dateTime={p.updatedAt} /> }}
                  />
                ) : (
                  <Trans
                    t={t}
                    i18nKey="positionList.taken"
                    values={{ when: formatDateTimeLong(p.updatedAt) }}
                    components={{ time: <time dateTime={p.updatedAt} /> }}
                  />
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <p className={styles.positionsMissing}>
          {open ? (
            <Trans t={t} i18nKey="positionList.missingYet" components={{ people: <PeopleList people={missing} /> }} />
          ) : (
            <Trans t={t} i18nKey="positionList.missing" components={{ people: <PeopleList people={missing} /> }} />
          )}
        </p>
      )}
    </div>
  );
}
