import type { MailCadence, MailKind } from '../../gql/graphql';
import { i18n } from '../../lib/i18n';

/** What each kind of mail is about, as the preferences page names it (in the app's language). */
export function kindLabels(): Record<MailKind, string> {
  return {
    INVITATION: i18n.t('mail:kind.invitation'),
    JOIN_REQUEST: i18n.t('mail:kind.joinRequest'),
    CONTRIBUTION_TO_CONFIRM: i18n.t('mail:kind.contributionToConfirm'),
    PROPOSAL_CLOSING: i18n.t('mail:kind.proposalClosing'),
    COMMITMENT_DUE: i18n.t('mail:kind.commitmentDue'),
    PROPOSAL_DECIDED: i18n.t('mail:kind.proposalDecided'),
    PROPOSAL_REVIEW: i18n.t('mail:kind.proposalReview'),
    MENTION: i18n.t('mail:kind.mention'),
    GATHERING_UPDATE: i18n.t('mail:kind.gatheringUpdate'),
  };
}

/** The cadences in the order the page offers them, with their names. */
export function cadenceLabels(): [MailCadence, string][] {
  return [
    ['IMMEDIATE', i18n.t('mail:cadence.immediate')],
    ['DAILY', i18n.t('mail:cadence.daily')],
    ['WEEKLY', i18n.t('mail:cadence.weekly')],
    ['NEVER', i18n.t('mail:cadence.never')],
  ];
}

/** The kind an unsubscribe token names ("12.JOIN_REQUEST.signature"), if it names one. */
export function kindOfToken(token: string): MailKind | null {
  const kind = token.split('.')[1] as MailKind | undefined;
  return kind && kind in kindLabels() ? kind : null;
}

/** The time zones the browser knows (lib/format), for the time zone form. */
export { timeZones } from '../../lib/format';
