import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../../../gql';
import { useLiveActivity } from '../../../lib/use-live-activity';
import { GetCollaborationPeople } from '../api/get-collaboration-people';
import { useCollaboration, type CollaborationContext } from '../collaboration-layout';
import { MemberList } from '../member-list';
import { NeedList } from '../need-list';
import { SectionState } from './section-state';
import styles from './sections.module.css';

export const CollaborationPeople_collaboration = graphql(`
  fragment CollaborationPeople_collaboration on Collaboration {
    id
    ...NeedList_collaboration
    ...MemberList_collaboration
  }
`);

/**
 * People and needs: what the collaboration still lacks and who has committed what.
 * `renderNeedTools` adds what other features offer under an open need (composed in src/app).
 */
export function PeopleSection({
  renderNeedTools,
}: {
  renderNeedTools?: (ctx: CollaborationContext, needId: string) => ReactNode;
}) {
  const { t } = useTranslation('collaborations');
  const ctx = useCollaboration();
  const context = useMemo(() => ({ additionalTypenames: ['Need', 'Membership', 'Commitment', 'Contribution'] }), []);
  const [{ data, error }, refetch] = useQuery({
    query: GetCollaborationPeople,
    variables: { slug: ctx.slug },
    context,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // What others do shows as it happens: members, commitments, needs.
  useLiveActivity(ctx.collaborationId, reload);
  const c = getFragmentData(CollaborationPeople_collaboration, data?.collaboration);
  if (!c)
    return (
      <SectionState
        error={error}
        failed={t('sections.peopleFailed')}
        loading={t('sections.peopleLoading')}
        onRetry={reload}
      />
    );
  return (
    <div className={styles.stack}>
      <NeedList
        collaboration={c}
        isSteward={ctx.isSteward}
        renderTools={renderNeedTools ? (needId) => renderNeedTools(ctx, needId) : undefined}
      />
      <MemberList collaboration={c} />
    </div>
  );
}
