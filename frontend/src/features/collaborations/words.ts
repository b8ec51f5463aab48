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
import { i18n } from '../../lib/i18n';

// The words are looked up when called, in the app's current language: components call
// these while rendering, under useTranslation('collaborations'), which renders them again
// when the language changes.

export function collaborationStatusWords(): Record<
  CollaborationStatus,
  { label: string; tone: BadgeTone; hint: string }
> {
  return {
    FORMING: {
      label: i18n.t('collaborations:status.forming'),
      tone: 'info',
      hint: i18n.t('collaborations:status.formingHint'),
    },
    ACTIVE: {
      label: i18n.t('collaborations:status.active'),
      tone: 'success',
      hint: i18n.t('collaborations:status.activeHint'),
    },
    COMPLETED: {
      label: i18n.t('collaborations:status.completed'),
      tone: 'primary',
      hint: i18n.t('collaborations:status.completedHint'),
    },
    ARCHIVED: {
      label: i18n.t('collaborations:status.archived'),
      tone: 'neutral',
      hint: i18n.t('collaborations:status.archivedHint'),
    },
  };
}

/** Where a status may move next (as the server allows), with the button's words. */
export function statusMoves(): Record<CollaborationStatus, { to: CollaborationStatus; label: string }[]> {
  const archive = { to: 'ARCHIVED' as const, label: i18n.t('collaborations:statusMove.archive') };
  return {
    FORMING: [{ to: 'ACTIVE', label: i18n.t('collaborations:statusMove.activate') }, archive],
    ACTIVE: [{ to: 'COMPLETED', label: i18n.t('collaborations:statusMove.complete') }, archive],
    COMPLETED: [archive],
    ARCHIVED: [],
  };
}

export function roleWords(): Record<MembershipRole, string> {
  return { STEWARD: i18n.t('collaborations:role.steward'), MEMBER: i18n.t('collaborations:role.member') };
}

export function membershipStatusWords(): Record<MembershipStatus, { label: string; tone: BadgeTone }> {
  return {
    INVITED: { label: i18n.t('collaborations:membershipStatus.invited'), tone: 'info' },
    REQUESTED: { label: i18n.t('collaborations:membershipStatus.requested'), tone: 'accent' },
    ACTIVE: { label: i18n.t('collaborations:membershipStatus.active'), tone: 'success' },
    DECLINED: { label: i18n.t('collaborations:membershipStatus.declined'), tone: 'neutral' },
    LEFT: { label: i18n.t('collaborations:membershipStatus.left'), tone: 'neutral' },
    REMOVED: { label: i18n.t('collaborations:membershipStatus.removed'), tone: 'danger' },
  };
}

export function commitmentStatusWords(): Record<CommitmentStatus, { label: string; tone: BadgeTone; hint: string }> {
  return {
    PENDING: {
      label: i18n.t('collaborations:commitmentStatus.pending'),
      tone: 'warning',
      hint: i18n.t('collaborations:commitmentStatus.pendingHint'),
    },
    BINDING: {
      label: i18n.t('collaborations:commitmentStatus.binding'),
      tone: 'success',
      hint: i18n.t('collaborations:commitmentStatus.bindingHint'),
    },
    WITHDRAWN: {
      label: i18n.t('collaborations:commitmentStatus.withdrawn'),
      tone: 'neutral',
      hint: i18n.t('collaborations:commitmentStatus.withdrawnHint'),
    },
    RELEASED: {
      label: i18n.t('collaborations:commitmentStatus.released'),
      tone: 'neutral',
      hint: i18n.t('collaborations:commitmentStatus.releasedHint'),
    },
    LAPSED: {
      label: i18n.t('collaborations:commitmentStatus.lapsed'),
      tone: 'neutral',
      hint: i18n.t('collaborations:commitmentStatus.lapsedHint'),
    },
  };
}

/** When a commitment binds, in words. */
export function conditionText(kind: ConditionKind, threshold?: number | null): string {
  switch (kind) {
    case 'ACTIVE_MEMBERS':
      return threshold == null
        ? i18n.t('collaborations:condition.activeMembersEnough')
        : i18n.t('collaborations:condition.activeMembers', { count: threshold });
    case 'NEED_PLEDGED':
      return i18n.t('collaborations:condition.needPledged');
    case 'ALL_NEEDS_PLEDGED':
      return i18n.t('collaborations:condition.allNeedsPledged');
    case 'PROPOSAL_ADOPTED':
      return i18n.t('collaborations:condition.proposalAdopted');
    default:
      return i18n.t('collaborations:condition.member');
  }
}

/** Why a conditional commitment is binding now, in words. */
export function boundText(kind: ConditionKind, threshold?: number | null): string {
  if (kind === 'ACTIVE_MEMBERS')
    return threshold == null
      ? i18n.t('collaborations:bound.activeMembersEnough')
      : i18n.t('collaborations:bound.activeMembers', { count: threshold });
  if (kind === 'NEED_PLEDGED') return i18n.t('collaborations:bound.needPledged');
  if (kind === 'ALL_NEEDS_PLEDGED') return i18n.t('collaborations:bound.allNeedsPledged');
  if (kind === 'PROPOSAL_ADOPTED') return i18n.t('collaborations:bound.proposalAdopted');
  return i18n.t('collaborations:bound.bound');
}

export function visibilityWords(): Record<Visibility, { label: string; hint: string }> {
  return {
    PUBLIC: { label: i18n.t('collaborations:visibility.public'), hint: i18n.t('collaborations:visibility.publicHint') },
    MEMBERS: {
      label: i18n.t('collaborations:visibility.members'),
      hint: i18n.t('collaborations:visibility.membersHint'),
    },
    PRIVATE: {
      label: i18n.t('collaborations:visibility.private'),
      hint: i18n.t('collaborations:visibility.privateHint'),
    },
  };
}

/** A recurring commitment's schedule in words: "Each month from 26 Nov 2026, until cancelled, in Europe/Paris time". */
export function recurrenceText(r: {
  every: 'WEEK' | 'MONTH';
  startsOn: string;
  endsOn?: string | null;
  cancelledAt?: string | null;
  timeZone: string;
}): string {
  const day = (s: string) => formatDate(`${s}T12:00:00Z`, 'UTC');
  const vars = { start: day(r.startsOn), end: r.endsOn ? day(r.endsOn) : '', timeZone: r.timeZone };
  if (r.every === 'WEEK') {
    if (!r.endsOn) return i18n.t('collaborations:recurrence.weekUntilCancelled', vars);
    return r.cancelledAt
      ? i18n.t('collaborations:recurrence.weekCancelled', vars)
      : i18n.t('collaborations:recurrence.weekUntil', vars);
  }
  if (!r.endsOn) return i18n.t('collaborations:recurrence.monthUntilCancelled', vars);
  return r.cancelledAt
    ? i18n.t('collaborations:recurrence.monthCancelled', vars)
    : i18n.t('collaborations:recurrence.monthUntil', vars);
}
