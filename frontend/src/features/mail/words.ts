import type { MailCadence, MailKind } from '../../gql/graphql';

/** What each kind of mail is about, as the preferences page names it. */
export const kindLabels: Record<MailKind, string> = {
  INVITATION: 'Invitations to join a collaboration',
  JOIN_REQUEST: 'Requests to join a collaboration you steward',
  CONTRIBUTION_TO_CONFIRM: 'Contributions you may confirm',
  PROPOSAL_CLOSING: 'Proposals closing without your position',
  COMMITMENT_DUE: 'Your commitments due or overdue',
  PROPOSAL_DECIDED: 'Proposals adopted or rejected',
  PROPOSAL_REVIEW: 'Decisions due for review',
  MENTION: 'Posts that mention you by @handle',
  GATHERING_UPDATE: 'Gatherings you answered: a place opened for you, or one was cancelled',
};

/** The cadences in the order the page offers them, with their names. */
export const cadenceLabels: [MailCadence, string][] = [
  ['IMMEDIATE', 'At once'],
  ['DAILY', 'Daily digest'],
  ['WEEKLY', 'Weekly digest'],
  ['NEVER', 'Never'],
];

/** The kind an unsubscribe token names ("12.JOIN_REQUEST.signature"), if it names one. */
export function kindOfToken(token: string): MailKind | null {
  const kind = token.split('.')[1] as MailKind | undefined;
  return kind && kind in kindLabels ? kind : null;
}

/** The time zones the browser knows (lib/format), for the time zone form. */
export { timeZones } from '../../lib/format';
