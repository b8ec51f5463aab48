import type { BadgeTone } from '../../components/ui/badge';
import type { CollaborationStatus } from '../../gql/graphql';
import { i18n } from '../../lib/i18n';

/**
 * A collaboration's status as a badge, in the same words and colours as on the
 * collaboration's own page (features/collaborations/words.ts; features do not import
 * each other).
 */
export function collaborationStatusBadge(): Record<CollaborationStatus, { label: string; tone: BadgeTone }> {
  return {
    FORMING: { label: i18n.t('discovery:status.forming'), tone: 'info' },
    ACTIVE: { label: i18n.t('discovery:status.active'), tone: 'success' },
    COMPLETED: { label: i18n.t('discovery:status.completed'), tone: 'primary' },
    ARCHIVED: { label: i18n.t('discovery:status.archived'), tone: 'neutral' },
  };
}
