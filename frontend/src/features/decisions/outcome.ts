import type { ProposalStatus } from '../../gql/graphql';

/** How many members take each stance. */
export interface Counts {
  agree: number;
  abstain: number;
  disagree: number;
  block: number;
}

function members(n: number): string {
  return n === 1 ? '1 member' : `${n} members`;
}

/** "3 agree against 1 who disagrees", with the verbs agreeing with the numbers. */
function sides(t: Counts, past: boolean): string {
  if (past) {
    return `${t.agree} agreed against ${t.disagree} who disagreed`;
  }
  return `${t.agree} ${t.agree === 1 ? 'agrees' : 'agree'} against ${t.disagree} who ${t.disagree === 1 ? 'disagrees' : 'disagree'}`;
}

/** The consent rule, as the server applies it at the closing time (domain.Decide). */
export function decide(t: Counts): 'ADOPTED' | 'REJECTED' {
  return t.block === 0 && t.agree > t.disagree ? 'ADOPTED' : 'REJECTED';
}

/** What would happen if an open proposal closed now, and why, in one sentence. */
export function projection(t: Counts, reached = true): string {
  const taken = t.agree + t.abstain + t.disagree + t.block;
  if (!reached) return 'If it closed now it would not be adopted: too few members have taken part (quorum).';
  if (taken === 0) return 'If it closed now it would be rejected: nobody has taken a position yet.';
  if (t.block > 0) {
    return `If it closed now it would be rejected: ${members(t.block)} ${t.block === 1 ? 'blocks' : 'block'} it.`;
  }
  if (decide(t) === 'ADOPTED') {
    return `If it closed now it would be adopted: nobody blocks, and ${sides(t, false)}.`;
  }
  return `If it closed now it would be rejected: ${sides(t, false)}, and it needs more agreeing than disagreeing.`;
}

/** Why a closed proposal ended as it did, in one sentence. */
export function explainOutcome(status: ProposalStatus, t: Counts): string {
  const taken = t.agree + t.abstain + t.disagree + t.block;
  switch (status) {
    case 'ADOPTED':
      return `Adopted: nobody blocked, and ${sides(t, true)}.`;
    case 'REJECTED':
      if (t.block > 0) return `Rejected: ${members(t.block)} blocked it.`;
      if (taken === 0) return 'Rejected: nobody took a position.';
      return `Rejected: ${sides(t, true)}; it needed more agreeing than disagreeing.`;
    case 'WITHDRAWN':
      return 'Withdrawn by its author before it closed.';
    case 'QUORUM_NOT_REACHED':
      return 'Quorum not reached: too few members took part, so it was not adopted.';
    case 'NOT_COVERED':
      return 'Not adopted: the pledges fell short of what it needs, so every pledge lapsed.';
    case 'OPEN':
      return projection(t);
  }
}
