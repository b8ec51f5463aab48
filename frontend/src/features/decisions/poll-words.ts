import type { Availability, DecisionKind } from '../../gql/graphql';

/** The kinds of decision in the order the propose form offers them, with what each does. */
export const decisionKinds: { value: DecisionKind; label: string; hint: string }[] = [
  {
    value: 'CONSENT',
    label: 'Consent',
    hint: 'Members agree, abstain, disagree or block; adopted when nobody blocks and agrees outnumber disagrees.',
  },
  {
    value: 'SCORE',
    label: 'Score poll',
    hint: 'Each member scores every option from 0 to 5; the highest mean wins, ties are named.',
  },
  {
    value: 'RANKED_CHOICE',
    label: 'Ranked choice',
    hint: 'Each member ranks the options; instant-runoff, round by round, until one has a majority.',
  },
  {
    value: 'DOT_VOTE',
    label: 'Dot vote',
    hint: 'Each member spreads a number of dots over the options; the most dots win.',
  },
  {
    value: 'MEETING_TIME',
    label: 'Meeting time',
    hint: 'The options are time slots; each member answers yes, if need be or no. The slot with the most yes is chosen.',
  },
];

export const decisionKindLabel: Record<DecisionKind, string> = {
  CONSENT: 'Consent',
  SCORE: 'Score poll',
  RANKED_CHOICE: 'Ranked choice',
  DOT_VOTE: 'Dot vote',
  MEETING_TIME: 'Meeting time',
};

export const availabilities: { value: Availability; label: string }[] = [
  { value: 'YES', label: 'Yes' },
  { value: 'IF_NEED_BE', label: 'If need be' },
  { value: 'NO', label: 'No' },
];

/** The server's limits for polls (schema.graphql, CreateProposalInput). */
export const pollLimits = { minOptions: 2, maxOptions: 20, labelMax: 120, minDots: 1, maxDots: 20 } as const;
