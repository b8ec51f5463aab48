import type { ProposalStatus } from '../../gql/graphql';
import { i18n } from '../../lib/i18n';

/** How many members take each stance. */
export interface Counts {
  agree: number;
  abstain: number;
  disagree: number;
  block: number;
}

/** "3 agree against 1 who disagrees", with the verbs agreeing with the numbers. */
function sides(t: Counts, past: boolean): string {
  if (past) {
    return i18n.t('decisions:outcome.sides', {
      agreeing: i18n.t('decisions:outcome.agreed', { count: t.agree }),
      disagreeing: i18n.t('decisions:outcome.whoDisagreed', { count: t.disagree }),
    });
  }
  return i18n.t('decisions:outcome.sides', {
    agreeing: i18n.t('decisions:outcome.agree', { count: t.agree }),
    disagreeing: i18n.t('decisions:outcome.whoDisagree', { count: t.disagree }),
  });
}

/** The consent rule, as the server applies it at the closing time (domain.Decide). */
export function decide(t: Counts): 'ADOPTED' | 'REJECTED' {
  return t.block === 0 && t.agree > t.disagree ? 'ADOPTED' : 'REJECTED';
}

/** What would happen if an open proposal closed now, and why, in one sentence. */
export function projection(t: Counts, reached = true): string {
  const taken = t.agree + t.abstain + t.disagree + t.block;
  if (!reached) return i18n.t('decisions:outcome.projection.noQuorum');
  if (taken === 0) return i18n.t('decisions:outcome.projection.nobody');
  if (t.block > 0) return i18n.t('decisions:outcome.projection.blocked', { count: t.block });
  if (decide(t) === 'ADOPTED') return i18n.t('decisions:outcome.projection.adopted', { sides: sides(t, false) });
  return i18n.t('decisions:outcome.projection.rejected', { sides: sides(t, false) });
}

/** Why a closed proposal ended as it did, in one sentence. */
export function explainOutcome(status: ProposalStatus, t: Counts): string {
  const taken = t.agree + t.abstain + t.disagree + t.block;
  switch (status) {
    case 'ADOPTED':
      return i18n.t('decisions:outcome.explain.adopted', { sides: sides(t, true) });
    case 'REJECTED':
      if (t.block > 0) return i18n.t('decisions:outcome.explain.blocked', { count: t.block });
      if (taken === 0) return i18n.t('decisions:outcome.explain.nobody');
      return i18n.t('decisions:outcome.explain.rejected', { sides: sides(t, true) });
    case 'WITHDRAWN':
      return i18n.t('decisions:outcome.explain.withdrawn');
    case 'QUORUM_NOT_REACHED':
      return i18n.t('decisions:outcome.explain.quorumNotReached');
    case 'NOT_COVERED':
      return i18n.t('decisions:outcome.explain.notCovered');
    case 'OPEN':
      return projection(t);
  }
}
