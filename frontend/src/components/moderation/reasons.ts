import type { ReportReason } from '../../gql/graphql';
import { i18n } from '../../lib/i18n';

/** The label of each reason, read in the language of the moment it is shown. */
const labels: Record<ReportReason, () => string> = {
  SPAM: () => i18n.t('reportReasons.spam'),
  HARASSMENT: () => i18n.t('reportReasons.harassment'),
  HATE: () => i18n.t('reportReasons.hate'),
  MISINFORMATION: () => i18n.t('reportReasons.misinformation'),
  OFF_TOPIC: () => i18n.t('reportReasons.offTopic'),
  OTHER: () => i18n.t('reportReasons.other'),
};

function reason(value: ReportReason): { readonly value: ReportReason; readonly label: string } {
  return {
    value,
    get label() {
      return labels[value]();
    },
  };
}

/** The reasons a report may give, in the order offered, with their labels. */
export const reportReasons: { readonly value: ReportReason; readonly label: string }[] = [
  reason('SPAM'),
  reason('HARASSMENT'),
  reason('HATE'),
  reason('MISINFORMATION'),
  reason('OFF_TOPIC'),
  reason('OTHER'),
];

/** The label of a reason. */
export function reasonLabel(r: ReportReason): string {
  return labels[r]?.() ?? r;
}

/** The longest text of a report the server takes. */
export const maxReportText = 1000;
