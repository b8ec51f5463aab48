import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui';
import type { FilterVariables } from './discovery-page';
import { pageSize } from './filters';
import { MoreResults } from './more-results';
import { usePages } from './use-pages';
import styles from './match-results.module.css';
import matchListStyles from './match-list.module.css';

/** A page of ranked matches, as both discovery queries return it. */
export interface MatchPage<E> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: E[];
}

/** What a list of matches says, in the words of what it lists. */
export interface MatchWords {
  list: string;
  loading: string;
  errorTitle: string;
  emptyTitle: (filtered: boolean) => string;
  emptyText: (filtered: boolean) => string;
  count: (n: number) => string;
  more: string;
}

interface Props<D, E> {
  // The discovery queries share their filter variables and first/after.
  query: TypedDocumentNode<D, FilterVariables & { first?: number | null; after?: string | null }>;
  pick: (data: D) => MatchPage<E>;
  card: (edge: E) => ReactNode;
  words: MatchWords;
  variables: FilterVariables;
  filtered: boolean;
}

/** Matches best first, a page at a time: each "show more" adds the page after the last. */
export function MatchResults<D, E>(props: Props<D, E>) {
  const key = JSON.stringify(props.variables);
  const { cursors, more } = usePages(key);
  return (
    <ol className={matchListStyles.matchList} aria-label={props.words.list}>
      {cursors.map((after, i) => (
        <MatchResultsPage
          // A new filter mounts new pages, which say they are loading instead of showing old results.
          key={`${key}-${after ?? 'first'}`}
          {...props}
          after={after}
          first={i === 0}
          last={i === cursors.length - 1}
          onMore={more}
        />
      ))}
    </ol>
  );
}

function MatchResultsPage<D, E>({
  query,
  pick,
  card,
  words,
  variables,
  filtered,
  after,
  first,
  last,
  onMore,
}: Props<D, E> & { after?: string; first: boolean; last: boolean; onMore: (after: string) => void }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query,
    variables: { ...variables, first: pageSize, ...(after ? { after } : {}) },
  });
  const page = data ? pick(data) : undefined;
  if (!page) {
    if (fetching)
      return (
        <li className={matchListStyles.matchListStatus}>
          <Loading label={words.loading} />
        </li>
      );
    if (error)
      return (
        <li className={matchListStyles.matchListStatus}>
          <ErrorState error={error} title={words.errorTitle} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        </li>
      );
    return null;
  }
  const end = page.pageInfo.endCursor;
  return (
    <>
      {first && (
        <li className={`${matchListStyles.matchListStatus} ${styles.matchListCount}`} aria-live="polite">
          {page.totalCount === 0 ? (
            <EmptyState title={words.emptyTitle(filtered)}>{words.emptyText(filtered)}</EmptyState>
          ) : (
            <p>{words.count(page.totalCount)}</p>
          )}
        </li>
      )}
      {page.edges.map(card)}
      {last && page.pageInfo.hasNextPage && end && (
        <li className={matchListStyles.matchListStatus}>
          <MoreResults onMore={() => onMore(end)} label={words.more} />
        </li>
      )}
    </>
  );
}
