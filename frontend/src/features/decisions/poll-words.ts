import type { Availability, DecisionKind } from '../../gql/graphql';
import { i18n } from '../../lib/i18n';

/** The kinds of decision in the order the propose form offers them, with what each does. */
export function decisionKinds(): { value: DecisionKind; label: string; hint: string }[] {
  return [
    {
      value: 'CONSENT',
      label: i18n.t('decisions:decisionKinds.consent.label'),
      hint: i18n.t('decisions:decisionKinds.consent.hint'),
    },
    {
      value: 'SCORE',
      label: i18n.t('decisions:decisionKinds.score.label'),
      hint: i18n.t('decisions:decisionKinds.score.hint'),
    },
    {
      value: 'RANKED_CHOICE',
      label: i18n.t('decisions:decisionKinds.rankedChoice.label'),
      hint: i18n.t('decisions:decisionKinds.rankedChoice.hint'),
    },
    {
      value: 'DOT_VOTE',
      label: i18n.t('decisions:decisionKinds.dotVote.label'),
      hint: i18n.t('decisions:decisionKinds.dotVote.hint'),
    },
    {
      value: 'MEETING_TIME',
      label: i18n.t('decisions:decisionKinds.meetingTime.label'),
      hint: i18n.t('decisions:decisionKinds.meetingTime.hint'),
    },
  ];
}

export function decisionKindLabel(kind: DecisionKind): string {
  return decisionKinds().find((k) => k.value === kind)?.label ?? kind;
}

export function availabilities(): { value: Availability; label: string }[] {
  return [
    { value: 'YES', label: i18n.t('decisions:availability.yes') },
    { value: 'IF_NEED_BE', label: i18n.t('decisions:availability.ifNeedBe') },
    { value: 'NO', label: i18n.t('decisions:availability.no') },
  ];
}

/** The server's limits for polls (schema.graphql, CreateProposalInput). */
export const pollLimits = { minOptions: 2, maxOptions: 20, labelMax: 120, minDots: 1, maxDots: 20 } as const;
