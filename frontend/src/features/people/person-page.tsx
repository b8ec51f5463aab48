import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('people');
  const { handle = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetPerson,
    variables: { handle },
  });
  const person = data?.person;
  useDocumentTitle(person ? person.displayName : data ? t('page.notFound') : undefined);

  // A notice from the page that sent the person here is said once, not on reload.
  useEffect(() => {
    if (notice) window.history.replaceState({ ...window.history.state, usr: null }, '');
  }, [notice]);

  if (!data && fetching) return <Loading label={t('page.loading')} />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>@{handle}</h1>
        <ErrorState
          error={error}
          title={t('page.loadError')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!person) {
    const signedIn = !!data?.viewer;
    return (
      <div className="narrow">
        <h1>{t('page.noOne')}</h1>
        <EmptyState
          title={t('page.noPageFor', { handle })}
          action={
            signedIn ? (
              <LinkButton to={paths.home} variant="secondary">
                {t('page.goHome')}
              </LinkButton>
            ) : (
              <LinkButton to={loginPath(location.pathname)}>{t('page.logIn')}</LinkButton>
            )
          }
        >
          {signedIn ? t('page.noPageSignedIn') : t('page.noPageSignedOut')}
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
        <nav className={styles.personOwn} aria-label={t('page.yourPage')}>
          <LinkButton to={paths.profile} variant="secondary" size="sm">
            {t('page.editProfile')}
          </LinkButton>
          <LinkButton to={paths.myValues} variant="secondary" size="sm">
            {t('page.editValues')}
          </LinkButton>
        </nav>
      )}
      <PersonValues
        person={person}
        emptyAction={isViewer ? <LinkButton to={paths.onboarding}>{t('page.chooseValues')}</LinkButton> : undefined}
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
          {isViewer ? t('page.seeYourImpact') : t('page.seeTheirImpact')}
        </LinkButton>
      </p>
      {isViewer && (
        <ExportLinks href={(f) => impactPaths.personExport(person.handle, f)} what={t('page.yourImpact')}>
          {t('page.downloadImpact')}
        </ExportLinks>
      )}
    </div>
  );
}
