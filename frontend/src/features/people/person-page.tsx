import { ExportLinks } from '../../components/export-links';
import { useEffect, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths, loginPath, paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { BlockButton } from '../../components/moderation/block-button';
import { ReportButton } from '../../components/moderation/report-button';
import { GetPerson } from './api/get-person';
import { PersonProfile } from './person-profile';
import { PersonValues } from './person-values';
import styles from './person-page.module.css';

/**
 * A person's page: who they are and the values they hold; `extra` is what other
 * features add below (composed in src/app), such as their record as a giver.
 */
export function PersonPage({ extra }: { extra?: ReactNode }) {
  const { handle = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetPerson,
    variables: { handle },
  });
  const person = data?.person;
  useDocumentTitle(person ? person.displayName : data ? 'Not found' : undefined);

  // A notice from the page that sent the person here is said once, not on reload.
  useEffect(() => {
    if (notice) window.history.replaceState({ ...window.history.state, usr: null }, '');
  }, [notice]);

  if (!data && fetching) return <Loading label="Loading this page…" />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>@{handle}</h1>
        <ErrorState
          error={error}
          title="This page could not be loaded"
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!person) {
    const signedIn = !!data?.viewer;
    return (
      <div className="narrow">
        <h1>No one to show here</h1>
        <EmptyState
          title={`There is no page for @${handle}`}
          action={
            signedIn ? (
              <LinkButton to={paths.home} variant="secondary">
                Go to the home page
              </LinkButton>
            ) : (
              <LinkButton to={loginPath(location.pathname)}>Log in</LinkButton>
            )
          }
        >
          Either no one has this handle, or they show their page only to {signedIn ? 'themselves' : 'signed-in members'}
          . Check the spelling of the address.
        </EmptyState>
      </div>
    );
  }
  const isViewer = data?.viewer?.id === person.id;
  return (
    <div className={styles.person}>
      {notice && <Alert tone="success">{notice}</Alert>}
      <PersonProfile person={person} isViewer={isViewer} />
      {isViewer && (
        <nav className={styles.personOwn} aria-label="Your page">
          <LinkButton to={paths.profile} variant="secondary" size="sm">
            Edit profile
          </LinkButton>
          <LinkButton to={paths.myValues} variant="secondary" size="sm">
            Edit values
          </LinkButton>
        </nav>
      )}
      <PersonValues
        person={person}
        emptyAction={isViewer ? <LinkButton to={paths.onboarding}>Choose your values</LinkButton> : undefined}
      />
      {extra}
      {data?.viewer && !isViewer && (
        <div className={styles.personOwn}>
          <BlockButton personId={person.id} name={person.displayName} blocked={person.viewerHasBlocked} />
          <ReportButton targetId={person.id} what="person" />
        </div>
      )}
      <p className={styles.personImpact}>
        <LinkButton to={`/people/${person.handle}/impact`} variant="secondary" size="sm">
          {isViewer ? 'See your impact' : 'See their impact'}
        </LinkButton>
      </p>
      {isViewer && (
        <ExportLinks href={(f) => impactPaths.personExport(person.handle, f)} what="your impact">
          Download your impact: your contributions, commitments and the outcomes of your collaborations.
        </ExportLinks>
      )}
    </div>
  );
}
