import { CollaborationPage } from '../features/collaborations/collaboration-page';
import { LedgerSection } from '../features/ledger/ledger-section';

/**
 * The collaboration page with what other features add to it: the ledger. Features do not
 * import each other; they meet here.
 */
export function CollaborationRoute() {
  return (
    <CollaborationPage
      renderLedger={(ctx) => <LedgerSection slug={ctx.slug} isMember={ctx.isMember} isSteward={ctx.isSteward} />}
    />
  );
}
