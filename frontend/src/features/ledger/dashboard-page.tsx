import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fulfilmentExplained } from '../../components/fulfilment';
import { Alert, EmptyState, LinkButton } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { DueCommitment } from './due-commitment';
import { LedgerEntry } from './ledger-entry';
import styles from './dashboard-page.module.css';
import dueListStyles from './due-list.module.css';
import ledgerListStyles from './ledger-list.module.css';
import dashboardStyles from '../../components/dashboard-grid.module.css';
import sectionStyles from '../../components/section.module.css';

export const DashboardPage_dashboard = graphql(`
  fragment DashboardPage_dashboard on Dashboard {
    awaitingMyConfirmation {
      id
      collaboration {
        id
        slug
        title
      }
      ...LedgerEntry_contribution
    }
    commitmentsDue {
      id
      ...DueCommitment_commitment
    }
  }
`);

/**
 * What waits for me: others' entries to confirm, and my commitments that are due or behind.
 * Other features' sections come in through `before` and `after` (features meet in the app,
 * which reads the whole dashboard in one query and hands each section its part).
 */
export function DashboardPage({
  dashboard,
  viewerId,
  before,
  after,
}: {
  dashboard: FragmentType<typeof DashboardPage_dashboard>;
  viewerId?: string;
  before?: ReactNode;
  after?: ReactNode;
}) {
  const { t } = useTranslation('ledger');
  const d = getFragmentData(DashboardPage_dashboard, dashboard);
  const [notice, setNotice] = useState('');
  const awaitingHeading = useRef<HTMLHeadingElement>(null);
  // A confirmed entry leaves the list, and the button pressed with it: keyboard users
  // continue from the list's heading rather than from the top of the page.
  const onConfirmed = useCallback((text: string) => {
    setNotice(text);
    awaitingHeading.current?.focus();
  }, []);

  return (
    <div className={styles.dashboard}>
      <h1>{t('dashboard.heading')}</h1>
      <p className="lede">{t('dashboard.lede')}</p>
      {before}
      <div className={styles.dashboardNotice} aria-live="polite">
        {notice && <Alert tone="success">{notice}</Alert>}
      </div>
      <div className={dashboardStyles.dashboardGrid}>
        <section className={sectionStyles.collabSection} aria-labelledby="awaiting-heading">
          <h2 id="awaiting-heading" ref={awaitingHeading} tabIndex={-1}>
            {t('dashboard.awaiting')} <span className="count">{d.awaitingMyConfirmation.length}</span>
          </h2>
          <p className="section-intro">{t('dashboard.awaitingIntro')}</p>
          {d.awaitingMyConfirmation.length === 0 ? (
            <EmptyState title={t('dashboard.awaitingNone')}>{t('dashboard.awaitingNoneHint')}</EmptyState>
          ) : (
            <ol className={ledgerListStyles.ledgerList}>
              {d.awaitingMyConfirmation.map((e) => (
                <li key={e.id} className={styles.dashboardEntry}>
                  <p className={styles.dashboardCollab}>
                    <Link to={paths.collaboration(e.collaboration.slug)}>{e.collaboration.title}</Link>
                  </p>
                  <ol className={ledgerListStyles.ledgerList}>
                    <LedgerEntry entry={e} viewerId={viewerId} isMember onNotice={onConfirmed} />
                  </ol>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section className={sectionStyles.collabSection} aria-labelledby="due-heading">
          <h2 id="due-heading">
            {t('dashboard.due')} <span className="count">{d.commitmentsDue.length}</span>
          </h2>
          <p className="section-intro">
            {t('dashboard.dueIntro')}
            {d.commitmentsDue.length > 0 && ` ${fulfilmentExplained()}`}
          </p>
          {d.commitmentsDue.length === 0 ? (
            <EmptyState
              title={t('dashboard.dueNone')}
              action={
                <LinkButton to={paths.myCollaborations} variant="secondary">
                  {t('dashboard.myCollaborations')}
                </LinkButton>
              }
            >
              {t('dashboard.dueNoneHint')}
            </EmptyState>
          ) : (
            <ul className={dueListStyles.dueList}>
              {d.commitmentsDue.map((c) => (
                <DueCommitment key={c.id} commitment={c} />
              ))}
            </ul>
          )}
        </section>
      </div>
      {after}
    </div>
  );
}
