import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('ledger');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const key = JSON.stringify(filter);
  const [shownFor, setShownFor] = useState(key);
  // A new filter starts again from the first page.
  if (shownFor !== key) {
    setShownFor(key);
    setCursors([undefined]);
  }
  return (
    <ol className={ledgerListStyles.ledgerList} aria-label={t('list.label')}>
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
  const { t } = useTranslation('ledger');
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
          <Loading label={t('list.loading')} />
        </li>
      );
    if (error)
      return (
        <li className={ledgerListStyles.ledgerListStatus}>
          <ErrorState
            error={error}
            title={t('list.loadFailed')}
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
          <EmptyState title={filter.personId || filter.kind ? t('list.noMatch') : t('list.empty')}>
            {filter.personId || filter.kind
              ? t('list.noMatchHint')
              : entry.isMember
                ? t('list.emptyMember')
                : t('list.emptyOther')}
          </EmptyState>
        </li>
      )}
      {ledger.edges.map((e) => (
        <LedgerEntry key={e.node.id} entry={e.node} {...entry} />
      ))}
      {last && ledger.pageInfo.hasNextPage && ledger.pageInfo.endCursor && (
        <li className={ledgerListStyles.ledgerListMore}>
          <Button variant="secondary" onClick={() => onMore(ledger.pageInfo.endCursor!)}>
            {t('list.older')}
          </Button>
        </li>
      )}
    </>
  );
}
