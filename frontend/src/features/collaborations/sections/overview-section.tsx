import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../../../gql';
import { useLiveActivity } from '../../../lib/use-live-activity';
import { GetCollaborationOverview } from '../api/get-collaboration-overview';
import { CollaborationHeader } from '../collaboration-header';
import { DecidedTimes } from '../decided-times';
import { useCollaboration } from '../collaboration-layout';
import { GoalHistory } from '../../../components/goal-history';
import { StewardPanel } from '../steward-panel';
import { TeamFormingPanel } from '../team-forming-panel';
import { ViewerPanel } from '../viewer-panel';
import { SectionState } from './section-state';
import styles from './sections.module.css';

export const CollaborationOverview_collaboration = graphql(`
  fragment CollaborationOverview_collaboration on Collaboration {
    id
    ...CollaborationHeader_collaboration
    ...ViewerPanel_collaboration
    ...StewardPanel_collaboration
    ...DecidedTimes_collaboration
    slug
    goalHistory {
      ...GoalHistory_revision
    }
  }
`);

/** The overview: the shared goal, values and place, what the viewer can do, and how the goal changed. */
export function OverviewSection() {
  const { t } = useTranslation('collaborations');
  const ctx = useCollaboration();
  const context = useMemo(() => ({ additionalTypenames: ['Membership', 'Commitment'] }), []);
  const [{ data, error }, refetch] = useQuery({
    query: GetCollaborationOverview,
    variables: { slug: ctx.slug },
    context,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useLiveActivity(ctx.collaborationId, reload);
  const c = getFragmentData(CollaborationOverview_collaboration, data?.collaboration);
  if (!c)
    return (
      <SectionState
        error={error}
        failed={t('sections.overviewFailed')}
        loading={t('sections.overviewLoading')}
        onRetry={reload}
      />
    );
  return (
    <div className={styles.layout}>
      <aside className={styles.aside} aria-label={t('sections.yourPart')}>
        <ViewerPanel collaboration={c} signedIn={ctx.signedIn} onNotice={ctx.onNotice} />
        {ctx.isSteward && <StewardPanel collaboration={c} onNotice={ctx.onNotice} />}
      </aside>
      <div className={styles.main}>
        <CollaborationHeader collaboration={c} />
        {ctx.isSteward && <TeamFormingPanel slug={c.slug} onNotice={ctx.onNotice} />}
        <DecidedTimes collaboration={c} />
        <GoalHistory slug={c.slug} revisions={c.goalHistory} heading={t('sections.goalHistory')} />
      </div>
    </div>
  );
}
