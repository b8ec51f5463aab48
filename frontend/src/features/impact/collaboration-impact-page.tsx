import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetCollaborationImpact } from './api/get-collaboration-impact';
import { MemberContributions } from './member-contributions';
import { MonthlySection } from './monthly-section';
import { OutcomeCard } from './outcome-card';
import { OutcomeSummaryLine } from './outcome-summary';
import { Totals } from './totals';
import { CollaborationStatedLived } from './stated-lived';
import { LinkedShare } from './linked-share';
import { localTimeZone } from '../../lib/format';
import styles from './collaboration-impact-page.module.css';
import shared from './impact.module.css';
import buttonStyles from '../../components/ui/button.module.css';

/**
 * A collaboration's impact: its outcomes with progress, charts and evidence, what its
 * members pooled and how widely, month by month, and the report to download.
 */
export function CollaborationImpactPage() {
  const { t } = useTranslation('impact');
  const { slug = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetCollaborationImpact, variables: { slug } });
  const c = data?.collaboration;
  useDocumentTitle(c ? t('formPage.impactOf', { title: c.title }) : data ? t('notFound') : t('eyebrow'));

  // A notice from the form that sent the person here is said once, not on reload.
  useEffect(() => {
    if (notice) window.history.replaceState({ ...window.history.state, usr: null }, '');
  }, [notice]);

  // Coming back from a form to one outcome: bring it into view once it is drawn.
  // (After the frame's own move to the top of a new page, which runs after this effect.)
  const found = !!c;
  useEffect(() => {
    if (!found || !location.hash) return;
    const t = setTimeout(() => document.getElementById(location.hash.slice(1))?.scrollIntoView());
    return () => clearTimeout(t);
  }, [found, location.hash]);

  if (!data && fetching) return <Loading label={t('loadingImpact')} />;
  if (error && !data) {
    return (
      <div className="narrow">
        <h1>{t('eyebrow')}</h1>
        <ErrorState
          error={error}
          title={t('impactNotLoaded')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!c) {
    return (
      <div className="narrow">
        <h1>{t('collaboration.noCollaboration')}</h1>
        <EmptyState
          title={t('noSuchCollaboration', { slug })}
          action={<LinkButton to={impactPaths.overview}>{t('seeWholeCommunity')}</LinkButton>}
        >
          {data?.viewer ? t('collaboration.notFound') : t('collaboration.notFoundSignedOut')}
        </EmptyState>
      </div>
    );
  }

  const m = c.viewerMembership;
  const isMember = m?.status === 'ACTIVE';
  const isSteward = isMember && m?.role === 'STEWARD';
  const { impact } = c;

  return (
    <div className={shared.impact}>
      {notice && <Alert tone="success">{notice}</Alert>}
      <header className={shared.impactHead}>
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{c.title}</h1>
        <p className="lede">{t('collaboration.lede', { zone: localTimeZone() })}</p>
        {impact.outcomeSummary.total > 0 && <OutcomeSummaryLine summary={impact.outcomeSummary} />}
      </header>

      <section className={shared.impactSection} aria-labelledby="outcomes-heading">
        <div className={styles.sectionHead}>
          <h2 id="outcomes-heading">{t('outcomes')}</h2>
          {isSteward && impact.outcomes.length > 0 && (
            <LinkButton to={impactPaths.newOutcome(c.slug)} variant="secondary" size="sm">
              {t('define.title')}
            </LinkButton>
          )}
        </div>
        {impact.outcomes.length === 0 ? (
          <EmptyState
            title={t('collaboration.noOutcomes')}
            action={
              isSteward ? (
                <LinkButton to={impactPaths.newOutcome(c.slug)}>{t('collaboration.defineFirst')}</LinkButton>
              ) : undefined
            }
          >
            {isSteward ? t('collaboration.noOutcomesSteward') : t('collaboration.noOutcomesBody')}
          </EmptyState>
        ) : (
          <div className={styles.outcomes}>
            {impact.outcomes.map((o) => (
              <OutcomeCard
                key={o.id}
                outcome={o}
                slug={c.slug}
                viewerId={data?.viewer?.id}
                isSteward={isSteward}
                isMember={isMember}
              />
            ))}
          </div>
        )}
      </section>

      <section className={shared.impactSection} aria-labelledby="pooled-heading">
        <h2 id="pooled-heading">{t('collaboration.pooled')}</h2>
        {impact.totals.length === 0 ? (
          <EmptyState title={t('nothingLogged')}>
            {isMember ? t('collaboration.pooledEmptyMember') : t('collaboration.pooledEmpty')}
          </EmptyState>
        ) : (
          <>
            <p className={styles.sectionLede}>{t('collaboration.pooledExplain')}</p>
            <Totals totals={impact.totals} />
            {impact.linkedShare.length > 0 && (
              <>
                <h3>{t('collaboration.linked')}</h3>
                <p className={styles.sectionLede}>{t('collaboration.linkedExplain')}</p>
                <LinkedShare shares={impact.linkedShare} />
              </>
            )}
            <h3>{t('collaboration.byMember')}</h3>
            <MemberContributions members={impact.byMember} />
          </>
        )}
      </section>

      <section className={shared.impactSection} aria-labelledby="monthly-heading">
        <h2 id="monthly-heading">{t('monthly.heading')}</h2>
        <MonthlySection points={impact.monthly} empty={<p className="muted">{t('monthly.empty')}</p>} />
      </section>

      <CollaborationStatedLived slug={c.slug} />

      <section className={shared.impactSection} aria-labelledby="report-heading">
        <h2 id="report-heading">{t('collaboration.reportHeading')}</h2>
        <p>{t('collaboration.reportExplain')}</p>
        <LinkButton to={impactPaths.report(c.slug)} variant="secondary">
          {t('collaboration.openReport')}
        </LinkButton>
      </section>

      <section className={shared.impactSection} aria-labelledby="export-heading">
        <h2 id="export-heading">{t('collaboration.exportHeading')}</h2>
        <p>{t('collaboration.exportExplain')}</p>
        <div className={styles.export}>
          <a
            className={`${buttonStyles.button} ${buttonStyles.buttonSecondary}`}
            href={impactPaths.exportFile(c.slug, 'csv')}
            download
          >
            {t('collaboration.exportCsv')}
          </a>
          <a
            className={`${buttonStyles.button} ${buttonStyles.buttonSecondary}`}
            href={impactPaths.exportFile(c.slug, 'json')}
            download
          >
            {t('collaboration.exportJson')}
          </a>
        </div>
      </section>

      <p className={styles.impactMore}>
        <Link to={impactPaths.overview}>{t('seeWholeCommunity')}</Link>
      </p>
    </div>
  );
}
