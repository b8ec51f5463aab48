import type { ReportReason } from '../../gql/graphql';

/** The reasons a report may give, in the order offered, with their labels. */
export const reportReasons: { value: ReportReason; label: string }[] = [
  { value: 'SPAM', label: 'Spam or advertising' },
  { value: 'HARASSMENT', label: 'Harassment' },
  { value: 'HATE', label: 'Hate' },
  { value: 'MISINFORMATION', label: 'Misinformation' },
  { value: 'OFF_TOPIC', label: 'Off topic' },
  { value: 'OTHER', label: 'Something else' },
];

/** The label of a reason. */
export function reasonLabel(r: ReportReason): string {
  return reportReasons.find((x) => x.value === r)?.label ?? r;
}

/** The longest text of a report the server takes. */
export const maxReportText = 1000;
