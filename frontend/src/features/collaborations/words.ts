import type { BadgeTone } from '../../components/ui/badge';
import type {
  CollaborationStatus,
  CommitmentStatus,
  ConditionKind,
  MembershipRole,
  MembershipStatus,
  Visibility,
} from '../../gql/graphql';

export const collaborationStatusWords: Record<CollaborationStatus, { label: string; tone: BadgeTone; hint: string }> = {
  FORMING: { label: 'Forming', tone: 'info', hint: 'Gathering members and commitments.' },
  ACTIVE: { label: 'Active', tone: 'success', hint: 'Working toward its goal.' },
  COMPLETED: { label: 'Completed', tone: 'primary', hint: 'Its goal is reached or its time is over.' },
  ARCHIVED: { label: 'Archived', tone: 'neutral', hint: 'Closed and kept for the record.' },
};

/** Where a status may move next (as the server allows), with the button's words. */
export const statusMoves: Record<CollaborationStatus, { to: CollaborationStatus; label: string }[]> = {
  FORMING: [
    { to: 'ACTIVE', label: 'Start working: mark it active' },
    { to: 'ARCHIVED', label: 'Archive it' },
  ],
  ACTIVE: [
    { to: 'COMPLETED', label: 'Mark it completed' },
    { to: 'ARCHIVED', label: 'Archive it' },
  ],
  COMPLETED: [{ to: 'ARCHIVED', label: 'Archive it' }],
  ARCHIVED: [],
};

export const roleWords: Record<MembershipRole, string> = { STEWARD: 'Steward', MEMBER: 'Member' };

export const membershipStatusWords: Record<MembershipStatus, { label: string; tone: BadgeTone }> = {
  INVITED: { label: 'Invited', tone: 'info' },
  REQUESTED: { label: 'Asks to join', tone: 'accent' },
  ACTIVE: { label: 'Active', tone: 'success' },
  DECLINED: { label: 'Declined', tone: 'neutral' },
  LEFT: { label: 'Left', tone: 'neutral' },
  REMOVED: { label: 'Removed', tone: 'danger' },
};

export const commitmentStatusWords: Record<CommitmentStatus, { label: string; tone: BadgeTone; hint: string }> = {
  PENDING: { label: 'Pending', tone: 'warning', hint: 'Made, but not binding yet.' },
  BINDING: { label: 'Binding', tone: 'success', hint: 'Binding for good.' },
  WITHDRAWN: { label: 'Withdrawn', tone: 'neutral', hint: 'Withdrawn while pending.' },
  RELEASED: { label: 'Released', tone: 'neutral', hint: 'Released by a steward.' },
  LAPSED: {
    label: 'Lapsed',
    tone: 'neutral',
    hint: 'Never bound: its condition did not hold by its deadline, or the proposal it was pledged toward was not adopted.',
  },
};

/** When a commitment binds, in words. */
export function conditionText(kind: ConditionKind, threshold?: number | null): string {
  switch (kind) {
    case 'ACTIVE_MEMBERS':
      return `Binds when ${threshold ?? 'enough'} members are active`;
    case 'NEED_PLEDGED':
      return 'Binds when its need is fully pledged';
    case 'ALL_NEEDS_PLEDGED':
      return 'Binds when every need is pledged';
    case 'PROPOSAL_ADOPTED':
      return 'Binds if the proposal it was pledged toward is adopted';
    default:
      return 'Binds once its maker is a member';
  }
}

/** Why a conditional commitment is binding now, in words. */
export function boundText(kind: ConditionKind, threshold?: number | null): string {
  if (kind === 'ACTIVE_MEMBERS') return `Bound once ${threshold ?? 'enough'} members were active`;
  if (kind === 'NEED_PLEDGED') return 'Bound once its need was fully pledged';
  if (kind === 'ALL_NEEDS_PLEDGED') return 'Bound when every need was pledged';
  if (kind === 'PROPOSAL_ADOPTED') return 'Bound when the proposal it was pledged toward was adopted';
  return 'Bound';
}

export const visibilityWords: Record<Visibility, { label: string; hint: string }> = {
  PUBLIC: { label: 'Public', hint: 'Anyone can see it, and it shows in discovery.' },
  MEMBERS: { label: 'Members of Kindred', hint: 'Only people signed in to Kindred can see it.' },
  PRIVATE: { label: 'Private', hint: 'Only its members and the people invited can see it.' },
};

/** A recurring commitment's schedule in words: "Each month from 26 Nov 2026 until cancelled (Europe/Paris)". */
export function recurrenceText(r: {
  every: 'WEEK' | 'MONTH';
  startsOn: string;
  endsOn?: string | null;
  cancelledAt?: string | null;
  timeZone: string;
}): string {
  const day = (s: string) =>
    new Date(`${s}T12:00:00Z`).toLocaleDateString(undefined, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  const each = r.every === 'WEEK' ? 'Each week (Monday to Sunday)' : 'Each month';
  const until = r.endsOn ? `${r.cancelledAt ? 'cancelled, last day' : 'until'} ${day(r.endsOn)}` : 'until cancelled';
  return `${each} from ${day(r.startsOn)}, ${until}, in ${r.timeZone} time`;
}
