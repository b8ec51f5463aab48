import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/ui';
import { useCollaboration } from '../features/collaborations/collaboration-layout';
import { InvitationLinksPanel } from '../features/collaborations/invitation-links-panel';
import { InviteButton } from '../features/collaborations/invite-button';
import { PeopleSection } from '../features/collaborations/sections/people-section';
import { NeedCandidates } from '../features/discovery/need-candidates';
import { LedgerSection } from '../features/ledger/ledger-section';

// The activity timeline brings the decisions feature's words along: loaded with its section.
const ActivitySection = lazy(() =>
  import('./collaboration/activity-section').then((m) => ({ default: m.ActivitySection })),
);

// Talk loads with its section.
const TalkSection = lazy(() => import('../features/talk/talk-section').then((m) => ({ default: m.TalkSection })));
const ThreadPage = lazy(() => import('../features/talk/thread-page').then((m) => ({ default: m.ThreadPage })));

/**
 * The people and needs section with what other features add to it: for stewards, the
 * people each open need could use, with an Invite button, and the invitation links.
 * Features do not import each other; they meet here.
 */
export function CollaborationPeopleRoute() {
  const here = useCollaboration();
  return (
    <>
      <PeopleSection
        renderNeedTools={(ctx, needId) =>
          ctx.isSteward ? (
            <NeedCandidates
              needId={needId}
              renderAction={(person) => (
                <InviteButton collaborationId={ctx.collaborationId} personId={person.id} name={person.displayName} />
              )}
            />
          ) : null
        }
      />
      {here.isSteward && <InvitationLinksPanel slug={here.slug} collaborationId={here.collaborationId} />}
    </>
  );
}

/** The ledger section: the ledger feature, told who the viewer is here. */
export function CollaborationLedgerRoute() {
  const ctx = useCollaboration();
  return <LedgerSection slug={ctx.slug} isMember={ctx.isMember} isSteward={ctx.isSteward} />;
}

// Gatherings load with their section.
const GatheringsSection = lazy(() =>
  import('../features/gatherings/gatherings-section').then((m) => ({ default: m.GatheringsSection })),
);
const GatheringPage = lazy(() =>
  import('../features/gatherings/gathering-page').then((m) => ({ default: m.GatheringPage })),
);
const PlanGatheringPage = lazy(() =>
  import('../features/gatherings/plan-gathering-page').then((m) => ({ default: m.PlanGatheringPage })),
);
const EditGatheringPage = lazy(() =>
  import('../features/gatherings/edit-gathering-page').then((m) => ({ default: m.EditGatheringPage })),
);

/** The gatherings section: upcoming and past gatherings. */
export function CollaborationGatheringsRoute() {
  const { t } = useTranslation();
  const ctx = useCollaboration();
  return (
    <Suspense fallback={<Loading label={t('loading.gatherings')} />}>
      <GatheringsSection slug={ctx.slug} />
    </Suspense>
  );
}

/** One gathering of the gatherings section. */
export function CollaborationGatheringRoute() {
  const { t } = useTranslation();
  const ctx = useCollaboration();
  return (
    <Suspense fallback={<Loading label={t('loading.gathering')} />}>
      <GatheringPage slug={ctx.slug} />
    </Suspense>
  );
}

/** The form stewards plan a gathering with (prefilled from the query string). */
export function CollaborationPlanGatheringRoute() {
  const ctx = useCollaboration();
  return (
    <Suspense fallback={<Loading />}>
      <PlanGatheringPage slug={ctx.slug} collaborationId={ctx.collaborationId} />
    </Suspense>
  );
}

/** The talk section: the talk feature, told who the viewer is here. */
export function CollaborationTalkRoute() {
  const { t } = useTranslation();
  const ctx = useCollaboration();
  return (
    <Suspense fallback={<Loading label={t('loading.threads')} />}>
      <TalkSection
        collaborationId={ctx.collaborationId}
        slug={ctx.slug}
        isMember={ctx.isMember}
        signedIn={ctx.signedIn}
      />
    </Suspense>
  );
}

/** One thread of the talk section. */
export function CollaborationThreadRoute() {
  const { t } = useTranslation();
  const ctx = useCollaboration();
  return (
    <Suspense fallback={<Loading label={t('loading.thread')} />}>
      <ThreadPage slug={ctx.slug} />
    </Suspense>
  );
}

/** The activity section, loaded on demand. */
export function CollaborationActivityRoute() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Loading label={t('loading.activity')} />}>
      <ActivitySection />
    </Suspense>
  );
}

/** The form stewards change a gathering with. */
export function CollaborationEditGatheringRoute() {
  const ctx = useCollaboration();
  return (
    <Suspense fallback={<Loading />}>
      <EditGatheringPage slug={ctx.slug} />
    </Suspense>
  );
}
