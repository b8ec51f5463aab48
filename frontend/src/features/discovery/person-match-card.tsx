import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { AlignmentBar } from './alignment-bar';
import { SharedValues } from './shared-values';
import shared from './discovery.module.css';
import styles from './person-match-card.module.css';
import matchListStyles from './match-list.module.css';
import cardStyles from '../../components/ui/card.module.css';
import tagStyles from '../../components/ui/tag.module.css';
import { Avatar } from '../../components/avatar';

export const PersonMatchCard_edge = graphql(`
  fragment PersonMatchCard_edge on PersonMatchEdge {
    score
    sharedValues {
      viewerStrength
      theirStrength
      value {
        id
        slug
        name
      }
    }
    node {
      id
      handle
      displayName
      bio
      location
      remoteFriendly
      skills
    }
  }
`);

/** A person in a ranking: who they are, how well they align with you, and the values you share. */
export function PersonMatchCard({ edge }: { edge: FragmentType<typeof PersonMatchCard_edge> }) {
  const { t } = useTranslation('discovery');
  const e = getFragmentData(PersonMatchCard_edge, edge);
  const p = e.node;
  const where = [p.location, p.remoteFriendly ? t('person.remote') : ''].filter(Boolean).join(' · ');
  return (
    <li className={`${cardStyles.card} ${shared.match}`} data-testid="match">
      <div className={styles.matchWho}>
        <Avatar name={p.displayName} size="sm" />
        <div className={styles.matchNames}>
          <h3 className={matchListStyles.matchName}>
            <Link to={paths.person(p.handle)}>{p.displayName}</Link>
          </h3>
          <p className={shared.matchMeta}>
            @{p.handle}
            {where && ` · ${where}`}
          </p>
        </div>
      </div>
      {e.score !== null && e.score !== undefined && <AlignmentBar score={e.score} name={p.displayName} />}
      <SharedValues shared={e.sharedValues} label={t('person.shared', { name: p.displayName })} />
      {p.bio && <p className={shared.matchBio}>{p.bio}</p>}
      {p.skills.length > 0 && (
        <ul className={tagStyles.tags} aria-label={t('person.skills', { name: p.displayName })}>
          {p.skills.slice(0, 6).map((s) => (
            <li key={s} className={tagStyles.tag}>
              {s}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
