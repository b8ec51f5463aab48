import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge, Meaning } from '../../components/ui';
import { reciprocityText } from '../../components/fulfilment';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { collaborationStatusWords, membershipStatusWords, roleWords } from './words';
import shared from './collaborations.module.css';
import styles from './my-membership.module.css';
import myCollaborationsStyles from './my-collaborations.module.css';
import buttonStyles from '../../components/ui/button.module.css';
import cardStyles from '../../components/ui/card.module.css';

export const MyMembership_membership = graphql(`
  fragment MyMembership_membership on Membership {
    id
    role
    status
    reciprocity
    behind
    commitments {
      id
      status
    }
    collaboration {
      id
      slug
      title
      goal
      status
      memberCount
    }
  }
`);

/** One of the viewer's collaborations, with where they stand in it. */
export function MyMembership({ membership }: { membership: FragmentType<typeof MyMembership_membership> }) {
  const { t } = useTranslation('collaborations');
  const m = getFragmentData(MyMembership_membership, membership);
  const c = m.collaboration;
  const live = m.commitments.filter((x) => x.status === 'PENDING' || x.status === 'BINDING').length;
  const status = collaborationStatusWords()[c.status];
  const membershipStatus = membershipStatusWords()[m.status];
  return (
    <li className={`${cardStyles.card} ${styles.myCollab}`}>
      <div className={myCollaborationsStyles.myCollabHead}>
        <h3>
          <Link to={paths.collaboration(c.slug)}>{c.title}</Link>
        </h3>
        <span className={shared.memberBadges}>
          <Badge tone={status.tone}>{status.label}</Badge>
          {m.status === 'ACTIVE' ? (
            <Badge tone={m.role === 'STEWARD' ? 'primary' : 'neutral'}>{roleWords()[m.role]}</Badge>
          ) : (
            <Badge tone={membershipStatus.tone}>{membershipStatus.label}</Badge>
          )}
          {m.behind && <Badge tone="danger">{t('memberItem.behind')}</Badge>}
        </span>
      </div>
      <p className={styles.myCollabGoal}>{c.goal}</p>
      <p className={`muted ${styles.myCollabMeta}`}>
        {t('header.activeMembers', { count: c.memberCount })}
        {/* Invited or asking, "0 live commitments of yours" said nothing worth reading. */}
        {(live > 0 || m.status === 'ACTIVE') && ` · ${t('myMembership.live', { count: live })}`}
        {m.status === 'ACTIVE' && (
          <>
            {` · ${reciprocityText(m.reciprocity)}`} <Meaning term="reciprocity" />
          </>
        )}
      </p>
      {m.status === 'INVITED' && (
        <p>
          <Link
            to={paths.joinCollaboration(c.slug)}
            className={`${buttonStyles.button} ${buttonStyles.buttonPrimary} ${buttonStyles.buttonSm}`}
          >
            {t('viewerPanel.acceptByCommitting')}
          </Link>
        </p>
      )}
    </li>
  );
}
