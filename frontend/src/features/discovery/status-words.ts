import type { BadgeTone } from '../../components/ui/badge';
import type { CollaborationStatus } from '../../gql/graphql';

/**
 * A collaboration's status as a badge, in the same words and colours as on the
 * collaboration's own page (features/collaborations/words.ts; features do not import
 * each other).
 */
export const collaborationStatusBadge: Record<CollaborationStatus, { label: string; tone: BadgeTone }> = {
  FORMING: { label: 'Forming', tone: 'info' },
  ACTIVE: { label: 'Active', tone: 'success' },
  COMPLETED: { label: 'Completed', tone: 'primary' },
  ARCHIVED: { label: 'Archived', tone: 'neutral' },
};
