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
  { value: 'GOAL', label: 'A new goal', hint: 'Adopting it replaces the shared goal; the old one stays in the history.' },
  { value: 'OUTCOME', label: 'An outcome', hint: 'Something to aim for and measure.' },
  { value: 'MEMBERSHIP', label: 'Membership', hint: 'Something about the members, such as who should be a steward.' },
  { value: 'OTHER', label: 'Something else', hint: 'Anything else the members decide together.' },
];

export const kindLabel: Record<ProposalKind, string> = {
  GOAL: 'Goal',
  OUTCOME: 'Outcome',
  MEMBERSHIP: 'Membership',
  OTHER: 'Other',
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
};

export const statusLabel: Record<ProposalStatus, string> = {
  OPEN: 'Open',
  ADOPTED: 'Adopted',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};
