/** The figures Kindred shows, each with what it means in one sentence. */
export const meanings = {
  resourcesPerResult: {
    name: 'Resources per unit of result',
    sentence:
      'The confirmed resources linked to an outcome divided by its progress so far (from the baseline, in the direction it should move), per kind and unit and never added across units; an entry serving several outcomes counts evenly toward each, and there is no figure before the outcome has moved.',
  },
  alignment: {
    name: 'Alignment',
    sentence:
      'How closely two sets of values match: over every value either side holds, the weaker strengths added up and divided by the stronger ones added up, so 100% means the same values held equally and 0% nothing shared.',
  },
  fulfilment: {
    name: 'Fulfilment',
    sentence:
      'What was delivered out of what was committed, in the same unit: confirmed contributions count apart from those not yet confirmed, and reversed entries count for nothing.',
  },
  reciprocity: {
    name: 'Reciprocity',
    sentence:
      'The average confirmed fulfilment of a member’s binding commitments, each counted up to 100%; without a binding commitment there is no figure, which is not the same as zero.',
  },
  behind: {
    name: 'Behind',
    sentence:
      'A member is behind when the due date of one of their binding commitments has passed before it was fully delivered.',
  },
  progress: {
    name: 'Progress',
    sentence:
      'How far an outcome has moved from its baseline toward its target, by its latest measurement: 0% at the baseline, 100% at the target, and it can go past either end.',
  },
  onTrack: {
    name: 'On track',
    sentence:
      'An outcome is on track when its progress is at least the share of the time gone between its start and its due date (without a due date: any progress at all).',
  },
  quorum: {
    name: 'Quorum',
    sentence:
      'A proposal decides only when enough of the members active at its closing time took a position (abstaining counts): one half of them unless the members agreed another share, rounded up, and never fewer than two; otherwise it ends “quorum not reached” and is not adopted.',
  },
  committeeSignal: {
    name: 'Committee signal',
    sentence:
      'Over the last 30 days, a collaboration is flagged when it talked (proposals, positions, comments) at least 5 times and did (contributions, measurements) less than a fifth as much.',
  },
  statedVsLived: {
    name: 'Stated and lived',
    sentence:
      'Beside each value, its share of the strengths declared (stated) and its share of the confirmed effort of one kind and unit (lived), where each confirmed contribution counts toward the values of the collaboration it was given in, split by their weights; hours and money are never added together, and before any confirmed effort there is no lived figure, which is not the same as zero.',
  },
} as const;

export type MeaningTerm = keyof typeof meanings;

/** The glossary's anchor for a term, e.g. /meanings#on-track. */
export function meaningPath(term: MeaningTerm): string {
  return `/meanings#${term.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
