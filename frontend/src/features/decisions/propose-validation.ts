import type { ProposalKind } from '../../gql/graphql';
import { fromLocalInputValue } from '../../lib/time';
import { compact } from '../../lib/validation';
import { checkNeed, type NeedDraft } from '../../lib/need-draft';
import { formatNumber } from '../../lib/format';
import { i18n } from '../../lib/i18n';

/** The server's limits for proposals (schema.graphql, CreateProposalInput). */
export const limits = {
  titleMin: 3,
  titleMax: 120,
  bodyMax: 5000,
  goalMin: 10,
  goalMax: 2000,
  /** A proposal stays open at least an hour, so members can take part. */
  openMinMs: 60 * 60_000,
  /** …and at most 90 days, so nothing waits for ever. */
  openMaxMs: 90 * 24 * 60 * 60_000,
} as const;

export interface ProposalValues {
  kind: ProposalKind | '';
  title: string;
  body: string;
  proposedGoal: string;
  /** An OUTCOME proposal may name the outcome to define if adopted (all optional). */
  outcomeName?: string;
  outcomeUnit?: string;
  outcomeBaseline?: string;
  outcomeTarget?: string;
  /** A QUORUM proposal's share, as the select's value ("" until chosen). */
  quorumShare?: string;
  /** Whether positions are anonymous. */
  anonymous?: boolean;
  /** What it needs to be carried out: adopted only if pledges cover each. */
  needs?: NeedDraft[];
  /** The value of the datetime-local input, in the person's time zone. */
  closesAt: string;
}

/** Checks a proposal before it is sent; the server stays the authority. */
export function validateProposal(
  v: ProposalValues,
  { now, currentGoal }: { now: Date; currentGoal?: string },
): Record<string, string> {
  const title = v.title.trim();
  const goal = v.proposedGoal.trim();
  const closes = fromLocalInputValue(v.closesAt);
  let closesAt: string | undefined;
  if (v.closesAt.trim() === '') closesAt = i18n.t('decisions:validation.closesAt.missing');
  else if (!closes) closesAt = i18n.t('decisions:validation.closesAt.malformed');
  else if (closes.getTime() - now.getTime() < limits.openMinMs) {
    closesAt = i18n.t('decisions:validation.closesAt.tooSoon');
  } else if (closes.getTime() - now.getTime() > limits.openMaxMs) {
    closesAt = i18n.t('decisions:validation.closesAt.tooLate');
  }
  let proposedGoal: string | undefined;
  if (v.kind === 'GOAL') {
    if (goal.length < limits.goalMin) {
      proposedGoal =
        goal === ''
          ? i18n.t('decisions:validation.goal.missing')
          : i18n.t('decisions:validation.goal.tooShort', { min: formatNumber(limits.goalMin) });
    } else if (goal.length > limits.goalMax) {
      proposedGoal = i18n.t('decisions:validation.goal.tooLong', { max: formatNumber(limits.goalMax) });
    } else if (currentGoal !== undefined && goal === currentGoal.trim()) {
      proposedGoal = i18n.t('decisions:validation.goal.same');
    }
  }
  const outcome: Record<string, string | undefined> = {};
  const name = (v.outcomeName ?? '').trim();
  if (v.kind === 'OUTCOME' && name !== '') {
    const base = Number(v.outcomeBaseline),
      target = Number(v.outcomeTarget);
    if (name.length < 3) outcome['proposedOutcome.name'] = i18n.t('decisions:validation.outcome.name');
    if ((v.outcomeUnit ?? '').trim() === '')
      outcome['proposedOutcome.unit'] = i18n.t('decisions:validation.outcome.unit');
    if ((v.outcomeBaseline ?? '').trim() === '' || !Number.isFinite(base))
      outcome['proposedOutcome.baseline'] = i18n.t('decisions:validation.outcome.baseline');
    if ((v.outcomeTarget ?? '').trim() === '' || !Number.isFinite(target))
      outcome['proposedOutcome.target'] = i18n.t('decisions:validation.outcome.target');
    else if (target === base) outcome['proposedOutcome.target'] = i18n.t('decisions:validation.outcome.sameTarget');
  }
  const needs: Record<string, string> = {};
  (v.needs ?? []).forEach((n, i) => {
    for (const [k, m] of Object.entries(checkNeed(n))) needs[`needs.${i}.${k}`] = m;
  });
  return compact({
    ...outcome,
    ...needs,
    kind: v.kind === '' ? i18n.t('decisions:validation.kind') : undefined,
    title:
      title.length < limits.titleMin
        ? title === ''
          ? i18n.t('decisions:validation.title.missing')
          : i18n.t('decisions:validation.title.tooShort', { min: formatNumber(limits.titleMin) })
        : title.length > limits.titleMax
          ? i18n.t('decisions:validation.title.tooLong', { max: formatNumber(limits.titleMax) })
          : undefined,
    body:
      v.body.length > limits.bodyMax
        ? i18n.t('decisions:validation.body.tooLong', { max: formatNumber(limits.bodyMax) })
        : undefined,
    proposedGoal,
    proposedQuorumShare: v.kind === 'QUORUM' && !v.quorumShare ? i18n.t('decisions:validation.quorumShare') : undefined,
    closesAt,
  });
}
