import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge, LinkButton } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { AlignmentBar } from './alignment-bar';
import { SharedValues } from './shared-values';
import { collaborationStatusBadge } from './status-words';
import styles from './collaboration-match-card.module.css';
import shared from './discovery.module.css';
import matchListStyles from './match-list.module.css';
import cardStyles from '../../components/ui/card.module.css';

export const CollaborationMatchCard_edge = graphql(`
  fragment CollaborationMatchCard_edge on CollaborationMatchEdge {
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
      slug
      title
      goal
      status
      location
      remote
      memberCount
      needs {
        id
        filled
        skill
      }
    }
  }
`);

/** A collaboration in a ranking: its goal, how well its values align with yours, and what it needs. */
export function CollaborationMatchCard({ edge }: { edge: FragmentType<typeof CollaborationMatchCard_edge> }) {
  const { t } = useTranslation('discovery');
  const e = getFragmentData(CollaborationMatchCard_edge, edge);
  const c = e.node;
  const badge = collaborationStatusBadge()[c.status];
  const open = c.needs.filter((n) => !n.filled);
  const skills = [...new Set(open.map((n) => n.skill).filter(Boolean))];
  const where =
    [c.location, c.remote ? t('collaboration.remoteFriendly') : ''].filter(Boolean).join(' · ') ||
    t('collaboration.remote');
  return (
    <li className={`${cardStyles.card} ${shared.match}`} data-testid="match">
      <div className={matchListStyles.matchHead}>
        <h3 className={matchListStyles.matchName}>
          <Link to={paths.collaboration(c.slug)}>{c.title}</Link>
        </h3>
        <Badge tone={badge.tone}>{badge.label}</Badge>
      </div>
      <p className={shared.matchMeta}>
        {where} · {t('collaboration.members', { count: c.memberCount })} ·{' '}
        {t('collaboration.openNeeds', { count: open.length })}
      </p>
      {e.score !== null && e.score !== undefined && <AlignmentBar score={e.score} name={c.title} />}
      <SharedValues
        shared={e.sharedValues}
        theirs={t('shared.weight')}
        label={t('collaboration.shared', { title: c.title })}
      />
      <p className={shared.matchGoal}>{c.goal}</p>
      {skills.length > 0 && (
        <p className={styles.matchNeeds}>
          <span className="muted">{t('collaboration.skills')} </span>
          {skills.join(', ')}
        </p>
      )}
      <div>
        <LinkButton to={paths.collaboration(c.slug)} variant="secondary" size="sm">
          {t('collaboration.join')} <span className="visually-hidden">{c.title}</span>
        </LinkButton>
      </div>
    </li>
  );
}
