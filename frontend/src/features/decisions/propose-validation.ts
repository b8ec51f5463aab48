import type { ProposalKind } from '../../gql/graphql';
import { fromLocalInputValue } from '../../lib/time';
import { compact } from '../../lib/validation';
import { checkNeed, type NeedDraft } from '../../lib/need-draft';

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
  if (v.closesAt.trim() === '') closesAt = 'Choose when the proposal closes.';
  else if (!closes) closesAt = 'Enter a date and a time, such as 2026-12-03 14:00.';
  else if (closes.getTime() - now.getTime() < limits.openMinMs) {
    closesAt = 'Choose a time at least an hour from now, so that members can take part.';
  } else if (closes.getTime() - now.getTime() > limits.openMaxMs) {
    closesAt = 'Choose a time within 90 days from now.';
  }
  let proposedGoal: string | undefined;
  if (v.kind === 'GOAL') {
    if (goal.length < limits.goalMin) {
      proposedGoal = goal === '' ? 'Write the goal you propose.' : `Write the goal in at least ${limits.goalMin} characters.`;
    } else if (goal.length > limits.goalMax) {
      proposedGoal = 'Keep the goal to 2,000 characters or fewer.';
    } else if (currentGoal !== undefined && goal === currentGoal.trim()) {
      proposedGoal = 'This is already the goal; propose a different one.';
    }
  }
  const outcome: Record<string, string | undefined> = {};
  const name = (v.outcomeName ?? '').trim();
  if (v.kind === 'OUTCOME' && name !== '') {
    const base = Number(v.outcomeBaseline), target = Number(v.outcomeTarget);
    if (name.length < 3) outcome['proposedOutcome.name'] = 'Name the outcome in at least 3 characters.';
    if ((v.outcomeUnit ?? '').trim() === '') outcome['proposedOutcome.unit'] = 'Say what it is counted in, such as meals.';
    if ((v.outcomeBaseline ?? '').trim() === '' || !Number.isFinite(base)) outcome['proposedOutcome.baseline'] = 'Enter where it stands now, as a number.';
    if ((v.outcomeTarget ?? '').trim() === '' || !Number.isFinite(target)) outcome['proposedOutcome.target'] = 'Enter the target, as a number.';
    else if (target === base) outcome['proposedOutcome.target'] = 'The target must differ from where it stands now.';
  }
  const needs: Record<string, string> = {};
  (v.needs ?? []).forEach((n, i) => {
    for (const [k, m] of Object.entries(checkNeed(n))) needs[`needs.${i}.${k}`] = m;
  });
  return compact({
    ...outcome,
    ...needs,
    kind: v.kind === '' ? 'Choose what the proposal is about.' : undefined,
    title:
      title.length < limits.titleMin
        ? title === ''
          ? 'Give the proposal a title.'
          : `Use at least ${limits.titleMin} characters for the title.`
        : title.length > limits.titleMax
          ? 'Keep the title to 120 characters or fewer.'
          : undefined,
    body: v.body.length > limits.bodyMax ? 'Keep the text to 5,000 characters or fewer.' : undefined,
    proposedGoal,
    proposedQuorumShare: v.kind === 'QUORUM' && !v.quorumShare ? 'Choose how many of the members must take part.' : undefined,
    closesAt,
  });
}
