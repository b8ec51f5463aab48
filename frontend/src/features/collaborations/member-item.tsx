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
  const m = getFragmentData(MemberItem_membership, membership);
  const name = m.person?.displayName ?? 'A member with a hidden profile';
  const live = m.commitments.filter((c) => c.status === 'PENDING' || c.status === 'BINDING');
  const earlier = m.commitments.filter((c) => c.status === 'WITHDRAWN' || c.status === 'RELEASED');
  const shown =
    m.status === 'ACTIVE' || m.status === 'REQUESTED' ? live : m.commitments.filter((c) => c.status !== 'WITHDRAWN');
  const status = membershipStatusWords[m.status];
  const steward = viewerIsSteward && !isViewer;
  const act = (message: string) => () => onNotice(message);
  return (
    <li className={`${cardStyles.card} ${styles.member}`}>
      <div className={membersStyles.memberHead}>
        <h3 className={membersStyles.memberName}>
          {m.person ? <Link to={paths.person(m.person.handle)}>{name}</Link> : name}
          {isViewer && <span className="muted"> (you)</span>}
        </h3>
        <span className={shared.memberBadges}>
          {m.status === 'ACTIVE' ? (
            <Badge tone={m.role === 'STEWARD' ? 'primary' : 'neutral'}>{roleWords[m.role]}</Badge>
          ) : (
            <Badge tone={status.tone}>{status.label}</Badge>
          )}
          {m.behind && (
            <>
              <Badge tone="danger">Behind</Badge>
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
        <p className="muted">Invited by {m.invitedBy.displayName}; joins by committing.</p>
      )}
      {shown.length > 0 ? (
        <ul className={commitmentStyles.commitmentList} aria-label={`Commitments of ${name}`}>
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
        m.status === 'ACTIVE' && <p className="muted">No live commitment.</p>
      )}
      {earlier.length > 0 && m.status === 'ACTIVE' && (
        <p className={`muted ${styles.memberEarlier}`}>
          {earlier.length} earlier {earlier.length === 1 ? 'commitment' : 'commitments'} withdrawn or released.
        </p>
      )}
      {steward && (m.status === 'REQUESTED' || m.status === 'ACTIVE' || m.status === 'INVITED') && (
        <div className={membersStyles.memberActions} role="group" aria-label={`Manage ${name}`}>
          {m.status === 'INVITED' && (
            <ActionButton
              mutation={WithdrawInvitation}
              input={{ membershipId: m.id }}
              variant="quiet"
              confirm={{
                question: `Withdraw the invitation to ${name}? You can invite them again later.`,
                yes: 'Withdraw',
              }}
              onDone={act(`You withdrew the invitation to ${name}.`)}
            >
              Withdraw the invitation
            </ActionButton>
          )}
          {m.status === 'REQUESTED' && (
            <>
              <ActionButton
                mutation={ApproveMember}
                input={{ membershipId: m.id }}
                variant="primary"
                onDone={act(`${name} is now a member.`)}
              >
                Approve
              </ActionButton>
              <ActionButton
                mutation={DeclineMember}
                input={{ membershipId: m.id }}
                variant="quiet"
                confirm={{ question: `Decline ${name}’s request? Their commitments are withdrawn.`, yes: 'Decline' }}
                onDone={act(`You declined ${name}’s request.`)}
              >
                Decline
              </ActionButton>
            </>
          )}
          {m.status === 'ACTIVE' && m.role === 'MEMBER' && (
            <ActionButton
              mutation={PromoteMember}
              input={{ membershipId: m.id }}
              onDone={act(`${name} is now a steward.`)}
            >
              Make steward
            </ActionButton>
          )}
          {m.status === 'ACTIVE' && m.role === 'STEWARD' && (
            <ActionButton
              mutation={DemoteMember}
              input={{ membershipId: m.id }}
              onDone={act(`${name} is now a member, not a steward.`)}
            >
              Make member
            </ActionButton>
          )}
          {m.status === 'ACTIVE' && (
            <ActionButton
              mutation={RemoveMember}
              input={{ membershipId: m.id }}
              variant="danger"
              confirm={{
                question: `Remove ${name}? Their pending commitments are withdrawn; binding ones stay in the record.`,
                yes: `Remove ${name}`,
              }}
              onDone={act(`${name} is removed.`)}
            >
              Remove
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
            confirm={{ question: 'Step down as steward? You stay a member.', yes: 'Step down' }}
            onDone={act('You are now a member, not a steward.')}
          >
            Step down as steward
          </ActionButton>
        </div>
      )}
    </li>
  );
}
