import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useLiveActivity } from '../../lib/use-live-activity';
import { GetCollaboration } from './api/get-collaboration';
import { CollaborationHeader } from './collaboration-header';
import { GoalHistory } from './goal-history';
import { MemberList } from './member-list';
import { NeedList } from './need-list';
import { StewardPanel } from './steward-panel';
import { ViewerPanel } from './viewer-panel';

/** What the sections other features add to the page are told about it. */
export interface CollaborationContext {
  collaborationId: string;
  slug: string;
  title: string;
  isMember: boolean;
  isSteward: boolean;
}

/**
 * A collaboration's page: its goal and values, its needs and how far each is pledged, its
 * members and their commitments, and what the viewer can do. Other features add their
 * sections through `renderLedger` and `renderNeedTools` (composed in src/app).
 */
export function CollaborationPage({
  renderLedger,
  renderNeedTools,
}: {
  renderLedger?: (ctx: CollaborationContext) => ReactNode;
  renderNeedTools?: (ctx: CollaborationContext, needId: string) => ReactNode;
}) {
  const { slug = '' } = useParams();
  const context = useMemo(() => ({ additionalTypenames: ['Need', 'Membership', 'Commitment', 'Contribution'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetCollaboration, variables: { slug }, context });
  const location = useLocation();
  const [notice, setNotice] = useState((location.state as { notice?: string } | null)?.notice ?? '');
  const c = data?.collaboration;
  // What others do shows as it happens: members, commitments, needs, the ledger.
  useLiveActivity(c?.id, () => refetch({ requestPolicy: 'network-only' }));
  // A notice from the page that sent the person here is said once, not again on reload.
  useEffect(() => {
    if ((location.state as { notice?: string } | null)?.notice) {
      window.history.replaceState({ ...window.history.state, usr: null }, '');
    }
  }, [location.state]);
  useDocumentTitle(c ? c.title : data ? 'Not found' : undefined);

  if (!data && fetching) return <Loading label="Loading the collaboration…" />;
  if (!c) {
    if (error && !error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) {
      return (
        <div className="narrow">
          <h1>This collaboration could not be loaded</h1>
          <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        </div>
      );
    }
    return (
      <div className="narrow">
        <h1>No collaboration here</h1>
        <EmptyState
          title={`There is no collaboration at /c/${slug}`}
          action={<LinkButton to={paths.discoverCollaborations}>Discover collaborations</LinkButton>}
        >
          It may be private to its members, or the address may be mistyped.
        </EmptyState>
      </div>
    );
  }

  const vm = c.viewerMembership;
  const ctx: CollaborationContext = {
    collaborationId: c.id,
    slug: c.slug,
    title: c.title,
    isMember: vm?.status === 'ACTIVE',
    isSteward: vm?.status === 'ACTIVE' && vm.role === 'STEWARD',
  };
  return (
    <div className="collab">
      {notice && <Alert tone="success">{notice}</Alert>}
      <CollaborationHeader collaboration={c} />
      <nav className="jump-nav" aria-label="On this page">
        <a href="#needs-heading">Needs</a>
        <a href="#members-heading">Members</a>
        {renderLedger && <a href="#ledger-heading">Ledger</a>}
        <a href="#goal-history-heading">Goal history</a>
        <Link to={`/c/${c.slug}/decisions`}>Decisions</Link>
        <Link to={`/c/${c.slug}/impact`}>Impact</Link>
      </nav>
      <div className="collab__layout">
        <aside className="collab__aside" aria-label="Your part">
          <ViewerPanel collaboration={c} signedIn={!!data.viewer} onNotice={setNotice} />
          {ctx.isSteward && <StewardPanel collaboration={c} onNotice={setNotice} />}
        </aside>
        <div className="collab__main">
          <NeedList
            collaboration={c}
            isSteward={ctx.isSteward}
            renderTools={renderNeedTools ? (needId) => renderNeedTools(ctx, needId) : undefined}
          />
          <MemberList collaboration={c} />
          {renderLedger?.(ctx)}
          <GoalHistory collaboration={c} />
        </div>
      </div>
    </div>
  );
}
