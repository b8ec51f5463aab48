import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge, Meaning } from '../../components/ui';
import { reciprocityText } from '../../components/fulfilment';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { ActionButton } from '../../components/action-button';
import { ApproveMember } from './api/approve-member';
import { DeclineMember } from './api/decline-member';
import { DemoteMember } from './api/demote-member';
import { PromoteMember } from './api/promote-member';
import { RemoveMember } from './api/remove-member';
import { WithdrawInvitation } from './api/withdraw-invitation';
import { CommitmentItem } from './commitment-item';
import { membershipStatusWords, roleWords } from './words';
import shared from './collaborations.module.css';
import styles from './member-item.module.css';
import commitmentStyles from '../../components/commitment.module.css';
import membersStyles from './members.module.css';
import cardStyles from '../../components/ui/card.module.css';

export const MemberItem_membership = graphql(`
  fragment MemberItem_membership on Membership {
    id
    role
    status
    reciprocity
    behind
    person {
      id
      handle
      displayName
    }
    invitedBy {
      id
      displayName
    }
    commitments {
      id
      status
      ...CommitmentItem_commitment
    }
  }
`);

/** A member with their role, standing, commitments and the steward's actions on them. */
export function MemberItem({
  membership,
  isViewer,
  viewerIsSteward,
  outcomes = [],
  onNotice,
}: {
  membership: FragmentType<typeof MemberItem_membership>;
  /** The collaboration's outcomes the viewer's own commitments may serve. */
  outcomes?: { id: string; name: string }[];
  isViewer: boolean;
  viewerIsSteward: boolean;
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation('collaborations');
  const m = getFragmentData(MemberItem_membership, membership);
  const name = m.person?.displayName ?? t('memberItem.hidden');
  const live = m.commitments.filter((c) => c.status === 'PENDING' || c.status === 'BINDING');
  const earlier = m.commitments.filter((c) => c.status === 'WITHDRAWN' || c.status === 'RELEASED');
  const shown =
    m.status === 'ACTIVE' || m.status === 'REQUESTED' ? live : m.commitments.filter((c) => c.status !== 'WITHDRAWN');
  const status = membershipStatusWords()[m.status];
  const steward = viewerIsSteward && !isViewer;
  const act = (message: string) => () => onNotice(message);
  return (
    <li className={`${cardStyles.card} ${styles.member}`}>
      <div className={membersStyles.memberHead}>
        <h3 className={membersStyles.memberName}>
          {m.person ? <Link to={paths.person(m.person.handle)}>{name}</Link> : name}
          {isViewer && <span className="muted"> {t('memberItem.you')}</span>}
        </h3>
        <span className={shared.memberBadges}>
          {m.status === 'ACTIVE' ? (
            <Badge tone={m.role === 'STEWARD' ? 'primary' : 'neutral'}>{roleWords()[m.role]}</Badge>
          ) : (
            <Badge tone={status.tone}>{status.label}</Badge>
          )}
          {m.behind && (
            <>
              <Badge tone="danger">{t('memberItem.behind')}</Badge>
              <Meaning term="behind" />
            </>
          )}
        </span>
      </div>
      {m.status === 'ACTIVE' && (
        <p className={styles.memberReciprocity}>
          {reciprocityText(m.reciprocity)} <Meaning term="reciprocity" />
        </p>
      )}
      {m.status === 'INVITED' && m.invitedBy && (
        <p className="muted">{t('memberItem.invitedBy', { name: m.invitedBy.displayName })}</p>
      )}
      {shown.length > 0 ? (
        <ul className={commitmentStyles.commitmentList} aria-label={t('memberItem.commitmentsOf', { name })}>
          {shown.map((c) => (
            <CommitmentItem
              key={c.id}
              commitment={c}
              isOwn={isViewer}
              viewerIsSteward={viewerIsSteward}
              outcomes={outcomes}
              onNotice={onNotice}
            />
          ))}
        </ul>
      ) : (
        m.status === 'ACTIVE' && <p className="muted">{t('memberItem.noLive')}</p>
      )}
      {earlier.length > 0 && m.status === 'ACTIVE' && (
        <p className={`muted ${styles.memberEarlier}`}>{t('memberItem.earlier', { count: earlier.length })}</p>
      )}
      {steward && (m.status === 'REQUESTED' || m.status === 'ACTIVE' || m.status === 'INVITED') && (
        <div className={membersStyles.memberActions} role="group" aria-label={t('memberItem.manage', { name })}>
          {m.status === 'INVITED' && (
            <ActionButton
              mutation={WithdrawInvitation}
              input={{ membershipId: m.id }}
              variant="quiet"
              confirm={{
                question: t('memberItem.withdrawQuestion', { name }),
                yes: t('memberItem.withdraw'),
              }}
              onDone={act(t('memberItem.withdrawn', { name }))}
            >
              {t('memberItem.withdrawInvitation')}
            </ActionButton>
          )}
          {m.status === 'REQUESTED' && (
            <>
              <ActionButton
                mutation={ApproveMember}
                input={{ membershipId: m.id }}
                variant="primary"
                onDone={act(t('memberItem.approved', { name }))}
              >
                {t('memberItem.approve')}
              </ActionButton>
              <ActionButton
                mutation={DeclineMember}
                input={{ membershipId: m.id }}
                variant="quiet"
                confirm={{ question: t('memberItem.declineQuestion', { name }), yes: t('memberItem.decline') }}
                onDone={act(t('memberItem.declined', { name }))}
              >
                {t('memberItem.decline')}
              </ActionButton>
            </>
          )}
          {m.status === 'ACTIVE' && m.role === 'MEMBER' && (
            <ActionButton
              mutation={PromoteMember}
              input={{ membershipId: m.id }}
              onDone={act(t('memberItem.promoted', { name }))}
            >
              {t('memberItem.promote')}
            </ActionButton>
          )}
          {m.status === 'ACTIVE' && m.role === 'STEWARD' && (
            <ActionButton
              mutation={DemoteMember}
              input={{ membershipId: m.id }}
              onDone={act(t('memberItem.demoted', { name }))}
            >
              {t('memberItem.demote')}
            </ActionButton>
          )}
          {m.status === 'ACTIVE' && (
            <ActionButton
              mutation={RemoveMember}
              input={{ membershipId: m.id }}
              variant="danger"
              confirm={{
                question: t('memberItem.removeQuestion', { name }),
                yes: t('memberItem.removeName', { name }),
              }}
              onDone={act(t('memberItem.removed', { name }))}
            >
              {t('memberItem.remove')}
            </ActionButton>
          )}
        </div>
      )}
      {isViewer && viewerIsSteward && m.status === 'ACTIVE' && m.role === 'STEWARD' && (
        <div className={membersStyles.memberActions}>
          <ActionButton
            mutation={DemoteMember}
            input={{ membershipId: m.id }}
            variant="quiet"
            confirm={{ question: t('memberItem.stepDownQuestion'), yes: t('memberItem.stepDown') }}
            onDone={act(t('memberItem.steppedDown'))}
          >
            {t('memberItem.stepDownAsSteward')}
          </ActionButton>
        </div>
      )}
    </li>
  );
}
