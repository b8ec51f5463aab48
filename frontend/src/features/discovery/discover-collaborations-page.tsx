import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DiscoverCollaborations } from './api/discover-collaborations';
import { DiscoveryPage, type FilterVariables } from './discovery-page';
import { DiscoveryTabs } from './discovery-tabs';
import { MoreResults } from './more-results';
import { CollaborationMatchCard } from './collaboration-match-card';
import { usePages } from './use-pages';
import { pageSize } from './filters';

/** Collaborations ranked by how well their weighted values align with yours; each links to its page, where one joins. */
export function DiscoverCollaborationsPage() {
  useDocumentTitle('Discover collaborations');
  return (
    <DiscoveryPage
      what="collaborations"
      title="Discover collaborations"
      lede="Forming and active collaborations whose values align with yours, best first. Open one to see its goal and needs, and join it by committing."
      tabs={<DiscoveryTabs />}
    >
      {(variables, filtered) => <CollaborationResults variables={variables} filtered={filtered} />}
    </DiscoveryPage>
  );
}

function CollaborationResults({ variables, filtered }: { variables: FilterVariables; filtered: boolean }) {
  const key = JSON.stringify(variables);
  const { cursors, more } = usePages(key);
  return (
    <ol className="match-list" aria-label="Collaborations, best aligned first">
      {cursors.map((after, i) => (
        <CollaborationsPage
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

function CollaborationsPage({
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
    query: DiscoverCollaborations,
    variables: { ...variables, first: pageSize, ...(after ? { after } : {}) },
  });
  const page = data?.discoverCollaborations;
  if (!page) {
    if (fetching)
      return (
        <li className="match-list__status">
          <Loading label="Finding collaborations…" />
        </li>
      );
    if (error)
      return (
        <li className="match-list__status">
          <ErrorState
            error={error}
            title="Collaborations could not be loaded"
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
            <EmptyState
              title={filtered ? 'No collaboration matches these filters' : 'No open collaboration to show yet'}
            >
              {filtered
                ? 'Loosen or clear the filters above to see more collaborations.'
                : 'Start one around a goal you care about, and invite people who share its values.'}
            </EmptyState>
          ) : (
            <p>
              {page.totalCount} {page.totalCount === 1 ? 'collaboration' : 'collaborations'}
            </p>
          )}
        </li>
      )}
      {page.edges.map((e) => (
        <CollaborationMatchCard key={e.node.id} edge={e} />
      ))}
      {last && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <li className="match-list__status">
          <MoreResults onMore={() => onMore(page.pageInfo.endCursor!)} label="Show more collaborations" />
        </li>
      )}
    </>
  );
}
