import type { ProposalKind, ProposalStatus, Stance } from '../../gql/graphql';
import { i18n } from '../../lib/i18n';

// Called at render time, never at module load, so the words follow the app's language.

/** The stances in the order a form offers them, with the words schema.graphql gives them. */
export function stances(): { value: Stance; label: string; hint: string }[] {
  return [
    { value: 'AGREE', label: i18n.t('decisions:stances.agree.label'), hint: i18n.t('decisions:stances.agree.hint') },
    {
      value: 'ABSTAIN',
      label: i18n.t('decisions:stances.abstain.label'),
      hint: i18n.t('decisions:stances.abstain.hint'),
    },
    {
      value: 'DISAGREE',
      label: i18n.t('decisions:stances.disagree.label'),
      hint: i18n.t('decisions:stances.disagree.hint'),
    },
    { value: 'BLOCK', label: i18n.t('decisions:stances.block.label'), hint: i18n.t('decisions:stances.block.hint') },
  ];
}

/** A member's stance, said of them: "Agrees". */
export function stanceLabel(stance: Stance): string {
  const words: Record<Stance, string> = {
    AGREE: i18n.t('decisions:stanceLabel.agree'),
    ABSTAIN: i18n.t('decisions:stanceLabel.abstain'),
    DISAGREE: i18n.t('decisions:stanceLabel.disagree'),
    BLOCK: i18n.t('decisions:stanceLabel.block'),
  };
  return words[stance];
}

/** The viewer's own stance, said to them: "You agree." */
export function yourStance(stance: Stance): string {
  const words: Record<Stance, string> = {
    AGREE: i18n.t('decisions:yourStance.agree'),
    ABSTAIN: i18n.t('decisions:yourStance.abstain'),
    DISAGREE: i18n.t('decisions:yourStance.disagree'),
    BLOCK: i18n.t('decisions:yourStance.block'),
  };
  return words[stance];
}

/** What a proposal can be about, in the order the propose form offers them. */
export function kinds(): { value: ProposalKind; label: string; hint: string }[] {
  return [
    { value: 'GOAL', label: i18n.t('decisions:kinds.goal.label'), hint: i18n.t('decisions:kinds.goal.hint') },
    { value: 'OUTCOME', label: i18n.t('decisions:kinds.outcome.label'), hint: i18n.t('decisions:kinds.outcome.hint') },
    {
      value: 'MEMBERSHIP',
      label: i18n.t('decisions:kinds.membership.label'),
      hint: i18n.t('decisions:kinds.membership.hint'),
    },
    { value: 'OTHER', label: i18n.t('decisions:kinds.other.label'), hint: i18n.t('decisions:kinds.other.hint') },
    { value: 'QUORUM', label: i18n.t('decisions:kinds.quorum.label'), hint: i18n.t('decisions:kinds.quorum.hint') },
  ];
}

/**
 * The tag beside a proposal's status, or none: "Other" alone, in capitals, read like a
 * code; a proposal about something else needs no tag.
 */
export function kindTag(kind: ProposalKind): string | null {
  const words: Record<ProposalKind, string | null> = {
    GOAL: i18n.t('decisions:kindTag.goal'),
    OUTCOME: i18n.t('decisions:kindTag.outcome'),
    MEMBERSHIP: i18n.t('decisions:kindTag.membership'),
    OTHER: null,
    QUORUM: i18n.t('decisions:kindTag.quorum'),
  };
  return words[kind];
}

export function statusLabel(status: ProposalStatus): string {
  const words: Record<ProposalStatus, string> = {
    OPEN: i18n.t('decisions:status.open'),
    ADOPTED: i18n.t('decisions:status.adopted'),
    REJECTED: i18n.t('decisions:status.rejected'),
    WITHDRAWN: i18n.t('decisions:status.withdrawn'),
    QUORUM_NOT_REACHED: i18n.t('decisions:status.quorumNotReached'),
    NOT_COVERED: i18n.t('decisions:status.notCovered'),
  };
  return words[status];
}

/** The participation shares a QUORUM proposal offers, as people say them. */
export function quorumShares(): { value: number; label: string }[] {
  return [
    { value: 1 / 3, label: i18n.t('decisions:quorumShares.oneThird') },
    { value: 0.5, label: i18n.t('decisions:quorumShares.oneHalf') },
    { value: 2 / 3, label: i18n.t('decisions:quorumShares.twoThirds') },
    { value: 1, label: i18n.t('decisions:quorumShares.everyone') },
  ];
}

/** A participation share in words: "one half", "two thirds", or a percentage. */
export function shareWords(share: number): string {
  const named = quorumShares().find((s) => Math.abs(s.value - share) < 1e-3);
  return named ? named.label.toLocaleLowerCase(i18n.language) : `${Math.round(share * 1000) / 10}%`;
}
