import type { BadgeTone } from '../../components/ui/badge';
import type { ContributionStatus } from '../../gql/graphql';

export const contributionStatusWords: Record<ContributionStatus, { label: string; tone: BadgeTone }> = {
  UNCONFIRMED: { label: 'Waiting for confirmation', tone: 'warning' },
  CONFIRMED: { label: 'Confirmed', tone: 'success' },
  REVERSED: { label: 'Reversed', tone: 'neutral' },
  REVERSAL: { label: 'Correction', tone: 'info' },
};
