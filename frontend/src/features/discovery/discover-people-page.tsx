import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DiscoverPeople } from './api/discover-people';
import { DiscoveryPage, type FilterVariables } from './discovery-page';
import { DiscoveryTabs } from './discovery-tabs';
import { MoreResults } from './more-results';
import { PersonMatchCard } from './person-match-card';
import { usePages } from './use-pages';
import { pageSize } from './filters';

/** People ranked by how well their values align with yours, with the values you share. */
export function DiscoverPeoplePage() {
  useDocumentTitle('Discover people');
  return (
    <DiscoveryPage
      what="people"
      title="Discover people"
      lede="People who hold the values you hold, best aligned first. Open a person to see why each value matters to them."
      tabs={<DiscoveryTabs />}
    >
      {(variables, filtered) => <PeopleResults variables={variables} filtered={filtered} />}
    </DiscoveryPage>
  );
}

function PeopleResults({ variables, filtered }: { variables: FilterVariables; filtered: boolean }) {
  const key = JSON.stringify(variables);
  const { cursors, more } = usePages(key);
  return (
    <ol className="match-list" aria-label="People, best aligned first">
      {cursors.map((after, i) => (
        <PeoplePage
          // A new filter mounts new pages, which say they are loading instead of showing old results.
          key={`${key}-${after ?? 'first'}`}
          variables={variables}
          after={after}
          first={i === 0}
          last={i === cursors.length - 1}
          filtered={filtered}
          onMore={more}
        />
      ))}
    </ol>
  );
}

function PeoplePage({
  variables,
  after,
  first,
  last,
  filtered,
  onMore,
}: {
  variables: FilterVariables;
  after?: string;
  first: boolean;
  last: boolean;
  filtered: boolean;
  onMore: (after: string) => void;
}) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DiscoverPeople,
    variables: { ...variables, first: pageSize, ...(after ? { after } : {}) },
  });
  const page = data?.discoverPeople;
  if (!page) {
    if (fetching)
      return (
        <li className="match-list__status">
          <Loading label="Finding people…" />
        </li>
      );
    if (error)
      return (
        <li className="match-list__status">
          <ErrorState
            error={error}
            title="People could not be loaded"
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        </li>
      );
    return null;
  }
  return (
    <>
      {first && (
        <li className="match-list__status match-list__count" aria-live="polite">
          {page.totalCount === 0 ? (
            <EmptyState title={filtered ? 'No one matches these filters' : 'No one to show yet'}>
              {filtered
                ? 'Loosen or clear the filters above to see more people.'
                : 'As people join and share their values, they appear here.'}
            </EmptyState>
          ) : (
            <p>
              {page.totalCount} {page.totalCount === 1 ? 'person' : 'people'}
            </p>
          )}
        </li>
      )}
      {page.edges.map((e) => (
        <PersonMatchCard key={e.node.id} edge={e} />
      ))}
      {last && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <li className="match-list__status">
          <MoreResults onMore={() => onMore(page.pageInfo.endCursor!)} label="Show more people" />
        </li>
      )}
    </>
  );
}
