import type { NotificationKind } from '../../gql/graphql';
import { i18n } from '../../lib/i18n';

export interface NotificationWords {
  /** Who or what: the actor's name, or "" for a reminder. */
  actor: string;
  collaboration: string;
  proposal?: string;
  /** The title of the thread of a post that mentions the person. */
  thread?: string;
  /** The title of the gathering a notification is about. */
  gathering?: string;
}

/**
 * The sentence a notification says, in the second person. Once what it asked for is
 * settled (`open` false) it says what happened without asking anything.
 */
export function sentence(kind: NotificationKind, w: NotificationWords, open = true): string {
  const who = w.actor || i18n.t('notifications:sentence.someone');
  const where = w.collaboration || i18n.t('notifications:sentence.unseenCollaboration');
  const proposal = w.proposal;
  switch (kind) {
    case 'INVITATION':
      return i18n.t('notifications:sentence.invitation', { who, where });
    case 'JOIN_REQUEST':
      return open
        ? i18n.t('notifications:sentence.joinRequestOpen', { who, where })
        : i18n.t('notifications:sentence.joinRequest', { who, where });
    case 'CONTRIBUTION_TO_CONFIRM':
      return open
        ? i18n.t('notifications:sentence.contributionOpen', { who, where })
        : i18n.t('notifications:sentence.contribution', { who, where });
    case 'PROPOSAL_CLOSING':
      if (open) {
        return proposal
          ? i18n.t('notifications:sentence.closingNamedOpen', { proposal, where })
          : i18n.t('notifications:sentence.closingOpen', { where });
      }
      return proposal
        ? i18n.t('notifications:sentence.closingNamed', { proposal, where })
        : i18n.t('notifications:sentence.closing', { where });
    case 'COMMITMENT_DUE':
      return i18n.t('notifications:sentence.commitmentDue', { where });
    case 'COMMITMENT_OVERDUE':
      return i18n.t('notifications:sentence.commitmentOverdue', { where });
    case 'COMMITMENT_LAPSED':
      return i18n.t('notifications:sentence.commitmentLapsed', { where });
    case 'PROPOSAL_ADOPTED':
      return proposal
        ? i18n.t('notifications:sentence.adoptedNamed', { proposal, where })
        : i18n.t('notifications:sentence.adopted', { where });
    case 'PROPOSAL_REJECTED':
      return proposal
        ? i18n.t('notifications:sentence.rejectedNamed', { proposal, where })
        : i18n.t('notifications:sentence.rejected', { where });
    case 'PROPOSAL_QUORUM_NOT_REACHED':
      return proposal
        ? i18n.t('notifications:sentence.noQuorumNamed', { proposal, where })
        : i18n.t('notifications:sentence.noQuorum', { where });
    case 'PROPOSAL_NOT_COVERED':
      return proposal
        ? i18n.t('notifications:sentence.notCoveredNamed', { proposal, where })
        : i18n.t('notifications:sentence.notCovered', { where });
    case 'PROPOSAL_REVIEW':
      return proposal
        ? i18n.t('notifications:sentence.reviewNamed', { proposal, where })
        : i18n.t('notifications:sentence.review', { where });
    case 'MENTION':
      return w.thread
        ? i18n.t('notifications:sentence.mentionNamed', { who, thread: w.thread, where })
        : i18n.t('notifications:sentence.mention', { who, where });
    case 'GATHERING_MOVED_UP':
      return w.gathering
        ? i18n.t('notifications:sentence.movedUpNamed', { gathering: w.gathering, where })
        : i18n.t('notifications:sentence.movedUp', { where });
    case 'GATHERING_CANCELLED':
      return w.gathering
        ? i18n.t('notifications:sentence.cancelledNamed', { who, gathering: w.gathering, where })
        : i18n.t('notifications:sentence.cancelled', { who, where });
    default:
      return i18n.t('notifications:sentence.other', { where });
  }
}

/** What a notification's link says: where it takes the person to act. */
export function actionLabel(kind: NotificationKind): string {
  switch (kind) {
    case 'INVITATION':
      return i18n.t('notifications:action.invitation');
    case 'JOIN_REQUEST':
      return i18n.t('notifications:action.joinRequest');
    case 'CONTRIBUTION_TO_CONFIRM':
      return i18n.t('notifications:action.confirm');
    case 'PROPOSAL_CLOSING':
      return i18n.t('notifications:action.takePosition');
    case 'PROPOSAL_ADOPTED':
    case 'PROPOSAL_REJECTED':
    case 'PROPOSAL_QUORUM_NOT_REACHED':
    case 'PROPOSAL_NOT_COVERED':
    case 'PROPOSAL_REVIEW':
      return i18n.t('notifications:action.proposal');
    case 'MENTION':
      return i18n.t('notifications:action.post');
    case 'GATHERING_MOVED_UP':
    case 'GATHERING_CANCELLED':
      return i18n.t('notifications:action.gathering');
    default:
      return i18n.t('notifications:action.commitment');
  }
}
