import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, EmptyState } from '../../components/ui';
import { fulfilmentExplained, reciprocityExplained } from '../../components/fulfilment';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { MemberItem } from './member-item';
import styles from './member-list.module.css';
import membersStyles from './members.module.css';
import sectionStyles from '../../components/section.module.css';

export const MemberList_collaboration = graphql(`
  fragment MemberList_collaboration on Collaboration {
    id
    outcomes {
      id
      name
    }
    viewerMembership {
      id
      role
      status
    }
    members {
      id
      status
      ...MemberItem_membership
    }
  }
`);

/**
 * The members with their roles and commitments, stewards first; stewards also see who
 * asks to join, who is invited, and who has gone.
 */
export function MemberList({ collaboration }: { collaboration: FragmentType<typeof MemberList_collaboration> }) {
  const { t } = useTranslation('collaborations');
  const c = getFragmentData(MemberList_collaboration, collaboration);
  const [notice, setNotice] = useState('');
  const vm = c.viewerMembership;
  const viewerIsSteward = vm?.status === 'ACTIVE' && vm.role === 'STEWARD';
  const requests = c.members.filter((m) => m.status === 'REQUESTED');
  const active = c.members.filter((m) => m.status === 'ACTIVE');
  const invited = c.members.filter((m) => m.status === 'INVITED');
  const former = c.members.filter((m) => m.status === 'LEFT' || m.status === 'REMOVED' || m.status === 'DECLINED');
  const item = (m: (typeof c.members)[number]) => (
    <MemberItem
      key={m.id}
      membership={m}
      isViewer={m.id === vm?.id}
      viewerIsSteward={viewerIsSteward}
      outcomes={c.outcomes}
      onNotice={setNotice}
    />
  );
  return (
    <section className={sectionStyles.collabSection} aria-labelledby="members-heading">
      <h2 id="members-heading">{t('memberList.heading')}</h2>
      <div className="section-intro">
        <p>{fulfilmentExplained()}</p>
        <p>{reciprocityExplained()}</p>
      </div>
      <div aria-live="polite">{notice && <Alert tone="success">{notice}</Alert>}</div>
      {requests.length > 0 && (
        <>
          <h3 className={styles.memberGroup}>{t('memberList.asking', { n: requests.length })}</h3>
          <ul className={membersStyles.memberList}>{requests.map(item)}</ul>
        </>
      )}
      {active.length === 0 ? (
        <EmptyState title={t('memberList.empty')} />
      ) : (
        <ul className={membersStyles.memberList} aria-label={t('memberList.active')}>
          {active.map(item)}
        </ul>
      )}
      {invited.length > 0 && (
        <>
          <h3 className={styles.memberGroup}>{t('memberList.invited', { n: invited.length })}</h3>
          <ul className={membersStyles.memberList}>{invited.map(item)}</ul>
        </>
      )}
      {former.length > 0 && (
        <details className={styles.memberFormer}>
          <summary>{t('memberList.former', { n: former.length })}</summary>
          <ul className={membersStyles.memberList}>{former.map(item)}</ul>
        </details>
      )}
    </section>
  );
}
