import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ReportButton } from '../../components/moderation/report-button';
import { Alert, Badge, EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { getFragmentData, graphql } from '../../gql';
import { decisionPaths, gatheringPaths, impactPaths, paths, talkPaths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetCollaborationHeader } from './api/get-collaboration-header';
import styles from './collaboration-layout.module.css';
import { collaborationStatusWords, membershipStatusWords } from './words';

export const CollaborationTabs_collaboration = graphql(`
  fragment CollaborationTabs_collaboration on Collaboration {
    id
    slug
    title
    status
    viewerMembership {
      id
      role
      status
    }
  }
`);

/** What the sections of a collaboration, and what other features add to them, are told. */
export interface CollaborationContext {
  collaborationId: string;
  slug: string;
  title: string;
  signedIn: boolean;
  isMember: boolean;
  isSteward: boolean;
  /** Says something once at the top of the section, such as "You left". */
  onNotice: (message: string) => void;
}

/** The context of the collaboration whose section renders (inside CollaborationLayout). */
export function useCollaboration(): CollaborationContext {
  return useOutletContext<CollaborationContext>();
}

/**
 * The old one-page addresses of what now has its own section: a link to
 * /c/:slug#members-heading still lands on the members.
 */
const movedAnchors: Record<string, (slug: string) => string> = {
  '#members-heading': paths.collaborationPeople,
  '#needs-heading': paths.collaborationPeople,
  '#ledger-heading': paths.collaborationLedger,
};

/**
 * A collaboration's frame: its name, status and the viewer's role, and tabs to its
 * sections (overview, people and needs, ledger, activity, and the decisions and impact
 * pages). Each section loads only what it shows.
 */
export function CollaborationLayout() {
  const { t } = useTranslation('collaborations');
  const { slug = '' } = useParams();
  const location = useLocation();
  const context = useMemo(() => ({ additionalTypenames: ['Membership'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetCollaborationHeader,
    variables: { slug },
    context,
  });
  const [notice, setNotice] = useState((location.state as { notice?: string } | null)?.notice ?? '');
  const c = getFragmentData(CollaborationTabs_collaboration, data?.collaboration);
  // A notice from the page that sent the person here is said once, not again on reload.
  useEffect(() => {
    if ((location.state as { notice?: string } | null)?.notice) {
      window.history.replaceState({ ...window.history.state, usr: null }, '');
    }
  }, [location.state]);
  // A notice belongs to the section it was said in.
  const [noticeAt, setNoticeAt] = useState(location.pathname);
  if (noticeAt !== location.pathname) {
    setNoticeAt(location.pathname);
    if (!(location.state as { notice?: string } | null)?.notice) setNotice('');
  }
  useDocumentTitle(c ? c.title : data ? t('layout.notFoundTitle') : undefined);

  const moved = movedAnchors[location.hash];
  if (moved && location.pathname === paths.collaboration(slug)) {
    return <Navigate replace to={`${moved(slug)}${location.hash}`} />;
  }

  if (!data && fetching) return <Loading label={t('layout.loading')} />;
  if (!c) {
    if (error && !error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) {
      return (
        <div className="narrow">
          <h1>{t('layout.loadFailed')}</h1>
          <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        </div>
      );
    }
    return (
      <div className="narrow">
        <h1>{t('layout.noneHere')}</h1>
        <EmptyState
          title={t('layout.noneAt', { slug })}
          action={<LinkButton to={paths.discoverCollaborations}>{t('layout.discover')}</LinkButton>}
        >
          {t('layout.noneHint')}
        </EmptyState>
      </div>
    );
  }

  const vm = c.viewerMembership;
  const ctx: CollaborationContext = {
    collaborationId: c.id,
    slug: c.slug,
    title: c.title,
    signedIn: !!data?.viewer,
    isMember: vm?.status === 'ACTIVE',
    isSteward: vm?.status === 'ACTIVE' && vm.role === 'STEWARD',
    onNotice: setNotice,
  };
  const status = collaborationStatusWords()[c.status];
  const tabs = [
    { to: paths.collaboration(c.slug), label: t('layout.tabs.overview'), end: true },
    { to: paths.collaborationPeople(c.slug), label: t('layout.tabs.people') },
    { to: paths.collaborationLedger(c.slug), label: t('layout.tabs.ledger') },
    { to: paths.collaborationActivity(c.slug), label: t('layout.tabs.activity') },
    { to: talkPaths.talk(c.slug), label: t('layout.tabs.talk') },
    { to: gatheringPaths.list(c.slug), label: t('layout.tabs.gatherings') },
    { to: decisionPaths.decisions(c.slug), label: t('layout.tabs.decisions') },
    { to: impactPaths.collaboration(c.slug), label: t('layout.tabs.impact') },
  ];
  return (
    <div className={styles.collab}>
      <header className={styles.header}>
        <p className="eyebrow">{t('layout.eyebrow')}</p>
        <h1>{c.title}</h1>
        <p className={styles.facts}>
          <Badge tone={status.tone}>{status.label}</Badge>
          {ctx.isMember && vm && (
            <span>{vm.role === 'STEWARD' ? t('layout.youAreSteward') : t('layout.youAreMember')}</span>
          )}
          {vm && vm.status !== 'ACTIVE' && (
            <span className="muted">
              {t('layout.yourMembership', { status: membershipStatusWords()[vm.status].label.toLowerCase() })}
            </span>
          )}
        </p>
        {ctx.signedIn && !ctx.isMember && (
          <div className={styles.headerActions}>
            <ReportButton targetId={c.id} what="collaboration" />
          </div>
        )}
      </header>
      <nav className={styles.tabs} aria-label={t('layout.sections')}>
        {tabs.map((tab) => (
          <NavLink
            key={tab.to}
            to={tab.to}
            end={tab.end}
            className={({ isActive }) => (isActive ? styles.current : undefined)}
          >
            {tab.label}
          </NavLink>
        ))}
      </nav>
      {notice && <Alert tone="success">{notice}</Alert>}
      <Outlet context={ctx} />
    </div>
  );
}
