import type { BadgeTone } from '../../components/ui/badge';
import type { ContributionStatus } from '../../gql/graphql';
import { i18n } from '../../lib/i18n';

/** How each status of an entry reads on its badge. */
export function contributionStatusWords(): Record<ContributionStatus, { label: string; tone: BadgeTone }> {
  return {
    UNCONFIRMED: { label: i18n.t('ledger:status.unconfirmed'), tone: 'warning' },
    CONFIRMED: { label: i18n.t('ledger:status.confirmed'), tone: 'success' },
    REVERSED: { label: i18n.t('ledger:status.reversed'), tone: 'neutral' },
    REVERSAL: { label: i18n.t('ledger:status.reversal'), tone: 'info' },
  };
}
