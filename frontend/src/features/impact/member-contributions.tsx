import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { impactPaths } from '../../lib/paths';
import { kindLabel } from './words';
import { Quantity } from '../../components/quantity';
import styles from './member-contributions.module.css';

export const MemberContributions_member = graphql(`
  fragment MemberContributions_member on MemberContribution {
    person {
      id
      handle
      displayName
    }
    given {
      all {
        kind
        unit
        currency
        ...Quantity_quantity
      }
    }
  }
`);

/** What each member gave, kind by kind, with a link to their own impact. */
export function MemberContributions({
  members,
}: {
  members: readonly FragmentType<typeof MemberContributions_member>[];
}) {
  const { t } = useTranslation('impact');
  const list = getFragmentData(MemberContributions_member, members);
  return (
    <ul className={styles.membersGiven}>
      {list.map((m, i) => (
        <li key={m.person?.id ?? `hidden-${i}`} className={styles.memberGiven}>
          <p className={styles.memberGivenName}>
            {m.person ? (
              <Link to={impactPaths.person(m.person.handle)}>{m.person.displayName}</Link>
            ) : (
              <span className="muted">{t('members.hidden')}</span>
            )}
          </p>
          {m.given.length === 0 ? (
            <p className={`muted ${styles.memberGivenWhat}`}>{t('report.nothingLogged')}</p>
          ) : (
            <ul className={styles.memberGivenWhat}>
              {m.given.map((g) => (
                <li key={`${g.all.kind}|${g.all.unit}|${g.all.currency ?? ''}`}>
                  <span className={styles.memberGivenKind}>{t('members.kind', { kind: kindLabel(g.all.kind) })}</span>{' '}
                  <Quantity quantity={g.all} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
