import { useDocumentTitle } from '../../lib/use-document-title';
import { DiscoverPeople } from './api/discover-people';
import { DiscoveryPage } from './discovery-page';
import { DiscoveryTabs } from './discovery-tabs';
import { MatchResults, type MatchWords } from './match-results';
import { PersonMatchCard } from './person-match-card';

const words: MatchWords = {
  list: 'People, best aligned first',
  loading: 'Finding people…',
  errorTitle: 'People could not be loaded',
  emptyTitle: (filtered) => (filtered ? 'No one matches these filters' : 'No one to show yet'),
  emptyText: (filtered) =>
    filtered ? 'Loosen or clear the filters above to see more people.' : 'As people join and share their values, they appear here.',
  count: (n) => `${n} ${n === 1 ? 'person' : 'people'}`,
  more: 'Show more people',
};

/** People ranked by how well their values align with yours, with the values you share. */
export function DiscoverPeoplePage() {
  useDocumentTitle('Discover people');
  return (
    <DiscoveryPage
      what="people"
      title="Discover people"
      lede="People who hold the values you hold, best aligned first. Open a person to see why each value matters to them."
      ledeSignedOut="People on Kindred and the values they hold. Open a person to see why each value matters to them."
      tabs={<DiscoveryTabs />}
    >
      {(variables, filtered) => (
        <MatchResults
          query={DiscoverPeople}
          pick={(d) => d.discoverPeople}
          card={(e) => <PersonMatchCard key={e.node.id} edge={e} />}
          words={words}
          variables={variables}
          filtered={filtered}
        />
      )}
    </DiscoveryPage>
  );
}
