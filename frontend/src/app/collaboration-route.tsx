import { CollaborationPage } from '../features/collaborations/collaboration-page';
import { InviteButton } from '../features/collaborations/invite-button';
import { NeedCandidates } from '../features/discovery/need-candidates';
import { LedgerSection } from '../features/ledger/ledger-section';

/**
 * The collaboration page with what other features add to it: the ledger, and for
 * stewards the people each open need could use, with an Invite button. Features do not
 * import each other; they meet here.
 */
export function CollaborationRoute() {
  return (
    <CollaborationPage
      renderLedger={(ctx) => <LedgerSection slug={ctx.slug} isMember={ctx.isMember} isSteward={ctx.isSteward} />}
      renderNeedTools={(ctx, needId) =>
        ctx.isSteward ? (
          <NeedCandidates
            needId={needId}
            renderAction={(person) => (
              <InviteButton collaborationId={ctx.collaborationId} personId={person.id} name={person.displayName} />
            )}
          />
        ) : null
      }
    />
  );
}
