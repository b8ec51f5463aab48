import { useTranslation } from 'react-i18next';
import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Button, ErrorState, Loading } from '../../components/ui';
import type { ProposalStatus } from '../../gql/graphql';
import { GetProposalsPage } from './api/get-proposals-page';
import { ProposalSummary } from './proposal-summary';
import styles from './decisions.module.css';

export const proposalsPerPage = 10;

interface ListProps {
  slug: string;
  /** Only proposals in this status; all when null. */
  status: ProposalStatus | null;
  now: Date;
  /** Whether the viewer is an active member, who is asked for a position. */
  canTakePart: boolean;
  /** What the list says when no proposal matches. */
  empty: ReactNode;
}

/** One page of proposals; the last page shown offers the next. */
function ProposalsPage({
  after,
  onMore,
  slug,
  status,
  now,
  canTakePart,
  empty,
}: ListProps & { after: string | null; onMore?: (after: string) => void }) {
  const { t } = useTranslation('decisions');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetProposalsPage,
    variables: { slug, status: status ? [status] : null, first: proposalsPerPage, after },
  });
  const page = data?.collaboration?.proposals;
  if (!page) {
    return (
      <li className={styles.listMore}>
        {error && !fetching ? (
          <ErrorState
            error={error}
            title={t('proposalList.failed')}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        ) : (
          <Loading label={t('proposalList.loading')} />
        )}
      </li>
    );
  }
  if (after === null && page.edges.length === 0) return <li>{empty}</li>;
  return (
    <>
      {page.edges.map((e) => (
        <ProposalSummary key={e.node.id} slug={slug} proposal={e.node} now={now} canTakePart={canTakePart} />
      ))}
      {onMore && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <li className={styles.listMore}>
          <Button variant="secondary" size="sm" onClick={() => onMore(page.pageInfo.endCursor!)}>
            {t('proposalList.more')}
          </Button>
        </li>
      )}
    </>
  );
}

/**
 * The proposals, newest first, a page at a time. Give it a `key` per filter so that a new
 * filter starts again from the first page.
 */
export function ProposalList(props: ListProps) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const more = (after: string) => setCursors((c) => (c.includes(after) ? c : [...c, after]));
  return (
    <ul className={styles.proposalList}>
      {cursors.map((after, i) => (
        <ProposalsPage
          key={after ?? 'first'}
          after={after}
          onMore={i === cursors.length - 1 ? more : undefined}
          {...props}
        />
      ))}
    </ul>
  );
}
