import { useMemo } from 'react';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetMyCollaborations } from './api/get-my-collaborations';
import { MyMembership } from './my-membership';
import myCollaborationsStyles from './my-collaborations.module.css';
import sectionStyles from '../../components/section.module.css';

const groups = [
  { key: 'INVITED', title: 'Invitations', hint: 'Accept by committing, or decline on the collaboration’s page.' },
  { key: 'ACTIVE', title: 'Where you are a member', hint: '' },
  { key: 'REQUESTED', title: 'Waiting for a steward', hint: 'You asked to join; a steward will answer.' },
  {
    key: 'PAST',
    title: 'Past',
    hint: 'Collaborations you left, were removed from, or whose invitation or request was declined.',
  },
] as const;

/** The viewer's collaborations: invitations first, then where they are a member, then the rest. */
export function MyCollaborationsPage() {
  useDocumentTitle('My collaborations');
  const context = useMemo(() => ({ additionalTypenames: ['Membership'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetMyCollaborations, context });
  const memberships = data?.viewer?.memberships ?? [];
  const groupOf = (s: string) => (s === 'ACTIVE' || s === 'INVITED' || s === 'REQUESTED' ? s : 'PAST');
  return (
    <div className={`wide ${myCollaborationsStyles.myCollabs}`}>
      <div className="page-head">
        <h1>My collaborations</h1>
        <LinkButton to={paths.newCollaboration}>Start a collaboration</LinkButton>
      </div>
      {!data && fetching ? (
        <Loading />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : memberships.length === 0 ? (
        <EmptyState
          title="You are not part of any collaboration yet"
          action={
            <>
              <LinkButton to={paths.discoverCollaborations}>Find a collaboration to join</LinkButton>{' '}
              <LinkButton to={paths.newCollaboration} variant="secondary">
                Start one
              </LinkButton>
            </>
          }
        >
          Join one that serves your values by committing something to it, or start your own around a goal you share with
          others.
        </EmptyState>
      ) : (
        groups.map((g) => {
          const list = memberships.filter((m) => groupOf(m.status) === g.key);
          if (list.length === 0) return null;
          return (
            <section key={g.key} className={`${sectionStyles.collabSection} ${myCollaborationsStyles.group}`} aria-labelledby={`group-${g.key}`}>
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
