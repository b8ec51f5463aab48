import type { TFunction } from 'i18next';
import type { BadgeTone } from '../../components/ui/badge';
import type {
  CollaborationStatus,
  CommitmentStatus,
  ConditionKind,
  MembershipRole,
  MembershipStatus,
  Visibility,
} from '../../gql/graphql';
import { formatDate } from '../../lib/format';

// The words are looked up when called, in the app's current language: callers pass the
// `t` of useTranslation('collaborations').
type T = TFunction<'collaborations'>;

export function collaborationStatusWords(
  t: T,
): Record<CollaborationStatus, { label: string; tone: BadgeTone; hint: string }> {
  return {
    FORMING: { label: t('status.forming'), tone: 'info', hint: t('status.formingHint') },
    ACTIVE: { label: t('status.active'), tone: 'success', hint: t('status.activeHint') },
    COMPLETED: { label: t('status.completed'), tone: 'primary', hint: t('status.completedHint') },
    ARCHIVED: { label: t('status.archived'), tone: 'neutral', hint: t('status.archivedHint') },
  };
}

/** Where a status may move next (as the server allows), with the button's words. */
export function statusMoves(t: T): Record<CollaborationStatus, { to: CollaborationStatus; label: string }[]> {
  const archive = { to: 'ARCHIVED' as const, label: t('statusMove.archive') };
  return {
    FORMING: [{ to: 'ACTIVE', label: t('statusMove.activate') }, archive],
    ACTIVE: [{ to: 'COMPLETED', label: t('statusMove.complete') }, archive],
    COMPLETED: [archive],
    ARCHIVED: [],
  };
}

export function roleWords(t: T): Record<MembershipRole, string> {
  return { STEWARD: t('role.steward'), MEMBER: t('role.member') };
}

export function membershipStatusWords(t: T): Record<MembershipStatus, { label: string; tone: BadgeTone }> {
  return {
    INVITED: { label: t('membershipStatus.invited'), tone: 'info' },
    REQUESTED: { label: t('membershipStatus.requested'), tone: 'accent' },
    ACTIVE: { label: t('membershipStatus.active'), tone: 'success' },
    DECLINED: { label: t('membershipStatus.declined'), tone: 'neutral' },
    LEFT: { label: t('membershipStatus.left'), tone: 'neutral' },
    REMOVED: { label: t('membershipStatus.removed'), tone: 'danger' },
  };
}

export function commitmentStatusWords(
  t: T,
): Record<CommitmentStatus, { label: string; tone: BadgeTone; hint: string }> {
  return {
    PENDING: { label: t('commitmentStatus.pending'), tone: 'warning', hint: t('commitmentStatus.pendingHint') },
    BINDING: { label: t('commitmentStatus.binding'), tone: 'success', hint: t('commitmentStatus.bindingHint') },
    WITHDRAWN: { label: t('commitmentStatus.withdrawn'), tone: 'neutral', hint: t('commitmentStatus.withdrawnHint') },
    RELEASED: { label: t('commitmentStatus.released'), tone: 'neutral', hint: t('commitmentStatus.releasedHint') },
    LAPSED: { label: t('commitmentStatus.lapsed'), tone: 'neutral', hint: t('commitmentStatus.lapsedHint') },
  };
}

/** When a commitment binds, in words. */
export function conditionText(t: T, kind: ConditionKind, threshold?: number | null): string {
  switch (kind) {
    case 'ACTIVE_MEMBERS':
      return threshold == null
        ? t('condition.activeMembersEnough')
        : t('condition.activeMembers', { count: threshold });
    case 'NEED_PLEDGED':
      return t('condition.needPledged');
    case 'ALL_NEEDS_PLEDGED':
      return t('condition.allNeedsPledged');
    case 'PROPOSAL_ADOPTED':
      return t('condition.proposalAdopted');
    default:
      return t('condition.member');
  }
}

/** Why a conditional commitment is binding now, in words. */
export function boundText(t: T, kind: ConditionKind, threshold?: number | null): string {
  if (kind === 'ACTIVE_MEMBERS')
    return threshold == null ? t('bound.activeMembersEnough') : t('bound.activeMembers', { count: threshold });
  if (kind === 'NEED_PLEDGED') return t('bound.needPledged');
  if (kind === 'ALL_NEEDS_PLEDGED') return t('bound.allNeedsPledged');
  if (kind === 'PROPOSAL_ADOPTED') return t('bound.proposalAdopted');
  return t('bound.bound');
}

export function visibilityWords(t: T): Record<Visibility, { label: string; hint: string }> {
  return {
    PUBLIC: { label: t('visibility.public'), hint: t('visibility.publicHint') },
    MEMBERS: { label: t('visibility.members'), hint: t('visibility.membersHint') },
    PRIVATE: { label: t('visibility.private'), hint: t('visibility.privateHint') },
  };
}

/** A recurring commitment's schedule in words: "Each month from 26 Nov 2026, until cancelled, in Europe/Paris time". */
export function recurrenceText(
  t: T,
  r: {
    every: 'WEEK' | 'MONTH';
    startsOn: string;
    endsOn?: string | null;
    cancelledAt?: string | null;
    timeZone: string;
  },
): string {
  const day = (s: string) => formatDate(`${s}T12:00:00Z`, 'UTC');
  const vars = { start: day(r.startsOn), end: r.endsOn ? day(r.endsOn) : '', timeZone: r.timeZone };
  if (r.every === 'WEEK') {
    if (!r.endsOn) return t('recurrence.weekUntilCancelled', vars);
    return r.cancelledAt ? t('recurrence.weekCancelled', vars) : t('recurrence.weekUntil', vars);
  }
  if (!r.endsOn) return t('recurrence.monthUntilCancelled', vars);
  return r.cancelledAt ? t('recurrence.monthCancelled', vars) : t('recurrence.monthUntil', vars);
}
