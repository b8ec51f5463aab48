import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ReportButton } from '../../components/moderation/report-button';
import { Button, ErrorState, Loading } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { decisionPaths } from '../../lib/paths';
import { GetCommentsPage } from './api/get-comments-page';
import { formatDateTimeLong } from '../../lib/format';
import { useSession } from '../../lib/session';
import { HideCommentControl } from './hide-comment-control';
import styles from './comment-list.module.css';
import shared from './decisions.module.css';

export const CommentList_connection = graphql(`
  fragment CommentList_connection on CommentConnection {
    totalCount
    edges {
      cursor
      node {
        id
        body
        createdAt
        viewerCanHide
        authorBlockedByViewer
        hidden {
          reason
        }
        author {
          id
          handle
          displayName
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

type Connection = FragmentType<typeof CommentList_connection>;

/** The comments of one page, and the button for the next when there is one. */
function Comments({ connection, onMore }: { connection: Connection; onMore?: (after: string) => void }) {
  const { t } = useTranslation('decisions');
  const c = getFragmentData(CommentList_connection, connection);
  const { viewer } = useSession();
  return (
    <>
      {c.edges.map(({ node }) => (
        <li key={node.id} className={styles.comment}>
          <p className={styles.commentHead}>
            <span className={styles.commentAuthor}>
              {node.author ? (
                <Link to={decisionPaths.person(node.author.handle)}>{node.author.displayName}</Link>
              ) : (
                t('comments.aMember')
              )}
            </span>{' '}
            <time className={styles.commentWhen} dateTime={node.createdAt}>
              {formatDateTimeLong(node.createdAt)}
            </time>
          </p>
          {node.hidden && <p className={styles.hiddenNote}>{t('comments.hidden', { reason: node.hidden.reason })}</p>}
          {node.body &&
            (node.authorBlockedByViewer ? (
              <details>
                <summary>{t('comments.blocked')}</summary>
                <p className={styles.commentBody}>{node.body}</p>
              </details>
            ) : (
              <p className={styles.commentBody}>{node.body}</p>
            ))}
          {viewer && (node.viewerCanHide || viewer.id !== node.author?.id) && (
            <div className={styles.commentActions}>
              {node.viewerCanHide && <HideCommentControl commentId={node.id} hidden={!!node.hidden} />}
              {viewer.id !== node.author?.id && <ReportButton targetId={node.id} what="comment" />}
            </div>
          )}
        </li>
      ))}
      {onMore && c.pageInfo.hasNextPage && c.pageInfo.endCursor && (
        <li className={shared.listMore}>
          <Button variant="secondary" size="sm" onClick={() => onMore(c.pageInfo.endCursor!)}>
            {t('comments.more')}
          </Button>
        </li>
      )}
    </>
  );
}

function LaterComments({
  proposalId,
  after,
  onMore,
}: {
  proposalId: string;
  after: string;
  onMore?: (after: string) => void;
}) {
  const { t } = useTranslation('decisions');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetCommentsPage,
    variables: { id: proposalId, after },
  });
  const connection = data?.node?.__typename === 'Proposal' ? data.node.comments : undefined;
  if (connection) return <Comments connection={connection} onMore={onMore} />;
  return (
    <li className={shared.listMore}>
      {error && !fetching ? (
        <ErrorState
          error={error}
          title={t('comments.failed')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : (
        <Loading label={t('comments.loading')} />
      )}
    </li>
  );
}

/** The discussion of a proposal, oldest first; later pages load on request. */
export function CommentList({ proposalId, first, open }: { proposalId: string; first: Connection; open: boolean }) {
  const { t } = useTranslation('decisions');
  const [cursors, setCursors] = useState<string[]>([]);
  const more = (after: string) => setCursors((c) => (c.includes(after) ? c : [...c, after]));
  const total = getFragmentData(CommentList_connection, first).totalCount;
  if (total === 0) {
    return <p className="muted">{open ? t('comments.noneYet') : t('comments.none')}</p>;
  }
  return (
    <ol className={styles.comments}>
      <Comments connection={first} onMore={cursors.length === 0 ? more : undefined} />
      {cursors.map((after, i) => (
        <LaterComments
          key={after}
          proposalId={proposalId}
          after={after}
          onMore={i === cursors.length - 1 ? more : undefined}
        />
      ))}
    </ol>
  );
}
