import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Button, EmptyState, ErrorState, Loading } from '../../components/ui';
import { LedgerEntry } from './ledger-entry';
import { filterVariables, type LedgerFilter } from './ledger-filters';
import { GetLedger } from './api/get-ledger';
import ledgerListStyles from './ledger-list.module.css';

export const ledgerPageSize = 20;

interface EntryProps {
  viewerId?: string;
  isSteward: boolean;
  isMember: boolean;
  onNotice: (message: string) => void;
  outcomes?: { id: string; name: string }[];
}

/** The ledger, newest first, a page at a time: each page asks for the entries after the last. */
export function LedgerList({ slug, filter, ...entry }: { slug: string; filter: LedgerFilter } & EntryProps) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const key = JSON.stringify(filter);
  const [shownFor, setShownFor] = useState(key);
  // A new filter starts again from the first page.
  if (shownFor !== key) {
    setShownFor(key);
    setCursors([undefined]);
  }
  return (
    <ol className={ledgerListStyles.ledgerList} aria-label="Ledger entries, newest first">
      {cursors.map((after, i) => (
        <LedgerPage
          key={`${key}-${after ?? 'first'}`}
          slug={slug}
          filter={filter}
          after={after}
          first={i === 0}
          last={i === cursors.length - 1}
          onMore={(cursor) => setCursors((cs) => [...cs, cursor])}
          {...entry}
        />
      ))}
    </ol>
  );
}

function LedgerPage({
  slug,
  filter,
  after,
  first,
  last,
  onMore,
  ...entry
}: {
  slug: string;
  filter: LedgerFilter;
  after?: string;
  first: boolean;
  last: boolean;
  onMore: (cursor: string) => void;
} & EntryProps) {
  const context = useMemo(() => ({ additionalTypenames: ['Contribution'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetLedger,
    variables: { slug, first: ledgerPageSize, ...filterVariables(filter), ...(after ? { after } : {}) },
    context,
  });
  const ledger = data?.collaboration?.ledger;
  if (!ledger) {
    if (fetching)
      return (
        <li className={ledgerListStyles.ledgerListStatus}>
          <Loading label="Loading entries…" />
        </li>
      );
    if (error)
      return (
        <li className={ledgerListStyles.ledgerListStatus}>
          <ErrorState
            error={error}
            title="The ledger could not be loaded"
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        </li>
      );
    return null;
  }
  return (
    <>
      {first && ledger.totalCount === 0 && (
        <li className={ledgerListStyles.ledgerListStatus}>
          <EmptyState
            title={filter.personId || filter.kind ? 'No entries match these filters' : 'Nothing is logged yet'}
          >
            {filter.personId || filter.kind
              ? 'Choose another member or kind, or show everyone’s entries.'
              : entry.isMember
                ? 'Log what you give, such as hours or money, and another member confirms it.'
                : 'Members log what they give here, and confirm each other’s entries.'}
          </EmptyState>
        </li>
      )}
      {ledger.edges.map((e) => (
        <LedgerEntry key={e.node.id} entry={e.node} {...entry} />
      ))}
      {last && ledger.pageInfo.hasNextPage && ledger.pageInfo.endCursor && (
        <li className={ledgerListStyles.ledgerListMore}>
          <Button variant="secondary" onClick={() => onMore(ledger.pageInfo.endCursor!)}>
            Show older entries
          </Button>
        </li>
      )}
    </>
  );
}
