import type { ProposalKind, ProposalStatus, Stance } from '../../gql/graphql';

/** The stances in the order a form offers them, with the words schema.graphql gives them. */
export const stances: { value: Stance; label: string; hint: string }[] = [
  { value: 'AGREE', label: 'Agree', hint: 'In favour.' },
  { value: 'ABSTAIN', label: 'Abstain', hint: 'Neither for nor against; counts for neither side.' },
  { value: 'DISAGREE', label: 'Disagree', hint: 'Against, but not standing in the way if most agree.' },
  {
    value: 'BLOCK',
    label: 'Block',
    hint: 'Against, and stopping it: one block rejects the proposal. Needs a reason.',
  },
];

export const stanceLabel: Record<Stance, string> = {
  AGREE: 'Agrees',
  ABSTAIN: 'Abstains',
  DISAGREE: 'Disagrees',
  BLOCK: 'Blocks',
};

/** The viewer's own stance, said to them: "You agree." */
export const yourStance: Record<Stance, string> = {
  AGREE: 'You agree.',
  ABSTAIN: 'You abstain.',
  DISAGREE: 'You disagree.',
  BLOCK: 'You block it.',
};

export const kinds: { value: ProposalKind; label: string; hint: string }[] = [
  {
    value: 'GOAL',
    label: 'A new goal',
    hint: 'Adopting it replaces the shared goal; the old one stays in the history.',
  },
  { value: 'OUTCOME', label: 'An outcome', hint: 'Something to aim for and measure.' },
  { value: 'MEMBERSHIP', label: 'Membership', hint: 'Something about the members, such as who should be a steward.' },
  { value: 'OTHER', label: 'Something else', hint: 'Anything else the members decide together.' },
  {
    value: 'QUORUM',
    label: 'How many must take part',
    hint: 'A new quorum: the share of the active members who must take a position for a proposal to decide.',
  },
];

export const kindLabel: Record<ProposalKind, string> = {
  GOAL: 'Goal',
  OUTCOME: 'Outcome',
  MEMBERSHIP: 'Membership',
  OTHER: 'Other',
  QUORUM: 'Quorum',
};

/**
 * The tag beside a proposal's status, or none: "Other" alone, in capitals, read like a
 * code; a proposal about something else needs no tag.
 */
export const kindTag: Record<ProposalKind, string | null> = {
  GOAL: 'Goal proposal',
  OUTCOME: 'Outcome proposal',
  MEMBERSHIP: 'Membership proposal',
  OTHER: null,
  QUORUM: 'Quorum proposal',
};

export const statusLabel: Record<ProposalStatus, string> = {
  OPEN: 'Open',
  ADOPTED: 'Adopted',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
  QUORUM_NOT_REACHED: 'Quorum not reached',
  NOT_COVERED: 'Pledges fell short',
};

/** The participation shares a QUORUM proposal offers, as people say them. */
export const quorumShares: { value: number; label: string }[] = [
  { value: 1 / 3, label: 'One third' },
  { value: 0.5, label: 'One half' },
  { value: 2 / 3, label: 'Two thirds' },
  { value: 1, label: 'Everyone' },
];

/** A participation share in words: "one half", "two thirds", or a percentage. */
export function shareWords(share: number): string {
  const named = quorumShares.find((s) => Math.abs(s.value - share) < 1e-3);
  return named ? named.label.toLowerCase() : `${Math.round(share * 1000) / 10}%`;
}
