import { useDocumentTitle } from '../../lib/use-document-title';
import { DiscoverCollaborations } from './api/discover-collaborations';
import { CollaborationMatchCard } from './collaboration-match-card';
import { DiscoveryPage } from './discovery-page';
import { DiscoveryTabs } from './discovery-tabs';
import { MatchResults, type MatchWords } from './match-results';

const words: MatchWords = {
  list: 'Collaborations, best aligned first',
  loading: 'Finding collaborations…',
  errorTitle: 'Collaborations could not be loaded',
  emptyTitle: (filtered) => (filtered ? 'No collaboration matches these filters' : 'No open collaboration to show yet'),
  emptyText: (filtered) =>
    filtered
      ? 'Loosen or clear the filters above to see more collaborations.'
      : 'Start one around a goal you care about, and invite people who share its values.',
  count: (n) => `${n} ${n === 1 ? 'collaboration' : 'collaborations'}`,
  more: 'Show more collaborations',
};

/** Collaborations ranked by how well their weighted values align with yours; each links to its page, where one joins. */
export function DiscoverCollaborationsPage() {
  useDocumentTitle('Discover collaborations');
  return (
    <DiscoveryPage
      what="collaborations"
      title="Discover collaborations"
      lede="Forming and active collaborations whose values align with yours, best first. Open one to see its goal and needs, and join it by committing."
      ledeSignedOut="Forming and active collaborations and the values they serve. Open one to see its goal and needs, and join it by committing."
      tabs={<DiscoveryTabs />}
    >
      {(variables, filtered) => (
        <MatchResults
          query={DiscoverCollaborations}
          pick={(d) => d.discoverCollaborations}
          card={(e) => <CollaborationMatchCard key={e.node.id} edge={e} />}
          words={words}
          variables={variables}
          filtered={filtered}
        />
      )}
    </DiscoveryPage>
  );
}
