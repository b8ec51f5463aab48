import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetMyCollaborations } from './api/get-my-collaborations';
import { MyMembership } from './my-membership';
import myCollaborationsStyles from './my-collaborations.module.css';
import sectionStyles from '../../components/section.module.css';

/** The viewer's collaborations: invitations first, then where they are a member, then the rest. */
export function MyCollaborationsPage() {
  const { t } = useTranslation('collaborations');
  useDocumentTitle(t('mine.title'));
  const groups = [
    { key: 'INVITED', title: t('mine.invitations'), hint: t('mine.invitationsHint') },
    { key: 'ACTIVE', title: t('mine.member'), hint: '' },
    { key: 'REQUESTED', title: t('mine.waiting'), hint: t('mine.waitingHint') },
    { key: 'PAST', title: t('mine.past'), hint: t('mine.pastHint') },
  ] as const;
  const context = useMemo(() => ({ additionalTypenames: ['Membership'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetMyCollaborations, context });
  const memberships = data?.viewer?.memberships ?? [];
  const groupOf = (s: string) => (s === 'ACTIVE' || s === 'INVITED' || s === 'REQUESTED' ? s : 'PAST');
  return (
    <div className={`wide ${myCollaborationsStyles.myCollabs}`}>
      <div className="page-head">
        <h1>{t('mine.title')}</h1>
        <LinkButton to={paths.newCollaboration}>{t('mine.start')}</LinkButton>
      </div>
      {!data && fetching ? (
        <Loading />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : memberships.length === 0 ? (
        <EmptyState
          title={t('mine.empty')}
          action={
            <>
              <LinkButton to={paths.discoverCollaborations}>{t('mine.find')}</LinkButton>{' '}
              <LinkButton to={paths.newCollaboration} variant="secondary">
                {t('mine.startOne')}
              </LinkButton>
            </>
          }
        >
          {t('mine.emptyHint')}
        </EmptyState>
      ) : (
        groups.map((g) => {
          const list = memberships.filter((m) => groupOf(m.status) === g.key);
          if (list.length === 0) return null;
          return (
            <section
              key={g.key}
              className={`${sectionStyles.collabSection} ${myCollaborationsStyles.group}`}
              aria-labelledby={`group-${g.key}`}
            >
              <h2 id={`group-${g.key}`}>
                {g.title} <span className="count">{list.length}</span>
              </h2>
              {g.hint && <p className="section-intro">{g.hint}</p>}
              <ul className={myCollaborationsStyles.myCollabList}>
                {list.map((m) => (
                  <MyMembership key={m.id} membership={m} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}
