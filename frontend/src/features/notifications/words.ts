import type { NotificationKind } from '../../gql/graphql';

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
  const who = w.actor || 'Someone';
  const where = w.collaboration || 'a collaboration you can no longer see';
  switch (kind) {
    case 'INVITATION':
      return `${who} invited you to join ${where}.`;
    case 'JOIN_REQUEST':
      return `${who} asked to join ${where}.${open ? ' As a steward, you decide.' : ''}`;
    case 'CONTRIBUTION_TO_CONFIRM':
      return `${who} logged a contribution to ${where}.${open ? ' You can confirm it if you know it happened.' : ''}`;
    case 'PROPOSAL_CLOSING':
      return `${w.proposal ? `“${w.proposal}”` : 'A proposal'} in ${where} ${open ? 'closes within a day, and you have not taken a position' : 'was about to close'}.`;
    case 'COMMITMENT_DUE':
      return `Your commitment to ${where} is due within a week.`;
    case 'COMMITMENT_OVERDUE':
      return `Your commitment to ${where} is past its due date and not yet fulfilled.`;
    case 'COMMITMENT_LAPSED':
      return `Your conditional commitment to ${where} lapsed: its condition had not held by its deadline.`;
    case 'PROPOSAL_ADOPTED':
      return `${w.proposal ? `“${w.proposal}”` : 'A proposal'} was adopted in ${where}.`;
    case 'PROPOSAL_REJECTED':
      return `${w.proposal ? `“${w.proposal}”` : 'A proposal'} was rejected in ${where}.`;
    case 'PROPOSAL_QUORUM_NOT_REACHED':
      return `${w.proposal ? `“${w.proposal}”` : 'A proposal'} closed without quorum in ${where}: too few members took part.`;
    case 'PROPOSAL_NOT_COVERED':
      return `${w.proposal ? `“${w.proposal}”` : 'A proposal'} was not adopted in ${where}: its pledges fell short of what it needs.`;
    case 'PROPOSAL_REVIEW':
      return `It is time to review ${w.proposal ? `“${w.proposal}”` : 'a decision'} in ${where}.`;
    case 'MENTION':
      return `${who} mentioned you in ${w.thread ? `“${w.thread}”` : 'a conversation'} in ${where}.`;
    case 'GATHERING_MOVED_UP':
      return `A place opened at ${w.gathering ? `“${w.gathering}”` : 'a gathering'} in ${where}: you moved up from the waiting list and are going.`;
    case 'GATHERING_CANCELLED':
      return `${who} cancelled ${w.gathering ? `“${w.gathering}”` : 'a gathering'} in ${where}.`;
    default:
      return `Something in ${where} waits for you.`;
  }
}

/** What a notification's link says: where it takes the person to act. */
export function actionLabel(kind: NotificationKind): string {
  switch (kind) {
    case 'INVITATION':
      return 'See the invitation';
    case 'JOIN_REQUEST':
      return 'Answer the request';
    case 'CONTRIBUTION_TO_CONFIRM':
      return 'Confirm on your dashboard';
    case 'PROPOSAL_CLOSING':
      return 'Take a position';
    case 'PROPOSAL_ADOPTED':
    case 'PROPOSAL_REJECTED':
    case 'PROPOSAL_QUORUM_NOT_REACHED':
    case 'PROPOSAL_NOT_COVERED':
    case 'PROPOSAL_REVIEW':
      return 'See the proposal';
    case 'MENTION':
      return 'Read the post';
    case 'GATHERING_MOVED_UP':
    case 'GATHERING_CANCELLED':
      return 'See the gathering';
    default:
      return 'See your commitment';
  }
}
