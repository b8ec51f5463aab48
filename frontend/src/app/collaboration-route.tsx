import { CollaborationPage } from '../features/collaborations/collaboration-page';

/**
 * The collaboration page with what other features add to it. Features do not import each
 * other; they meet here.
 */
export function CollaborationRoute() {
  return <CollaborationPage />;
}
