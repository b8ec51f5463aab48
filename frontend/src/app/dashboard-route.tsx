import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmailNotice } from '../features/account/email-notice';
import { AnswersSection } from '../features/collaborations/answers-section';
import { AwaitingPositionSection } from '../features/decisions/awaiting-position-section';
import { BestMatches } from '../features/discovery/best-matches';
import { NeedsForYou } from '../features/discovery/needs-for-you';
import { ImpactGlance } from '../features/impact';
import { DashboardPage } from '../features/ledger/dashboard-page';
import { ErrorState, Loading } from '../components/ui';
import { useDocumentTitle } from '../lib/use-document-title';
import { GetDashboard } from './api/get-dashboard';
import dashboardStyles from '../components/dashboard-grid.module.css';

/**
 * The dashboard with what other features add to it: first what waits for the viewer's
 * answer, then (from the ledger) entries to confirm and commitments due, then their
 * impact and best matches. Features do not import each other; they meet here, and the
 * one query below reads what all of them show.
 */
export function DashboardRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.dashboard'));
  // A change to any of these (a confirmation, an answer, a position) reads the dashboard
  // again, even when the list it changed was empty.
  const context = useMemo(
    () => ({ additionalTypenames: ['Contribution', 'Commitment', 'Membership', 'Position', 'Proposal'] }),
    [],
  );
  // Cache and network: a dashboard seen before shows at once and is then brought up to
  // date (an address confirmed elsewhere, a request answered in another tab).
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetDashboard,
    context,
    requestPolicy: 'cache-and-network',
  });
  const again = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);

  if (!data && fetching) return <Loading label={t('loading.dashboard')} />;
  if (!data?.dashboard || !data.viewer) {
    return (
      <div className="narrow">
        <h1>{t('nav.dashboard')}</h1>
        {error ? <ErrorState error={error} onRetry={again} /> : <Loading />}
      </div>
    );
  }
  return (
    <DashboardPage
      dashboard={data.dashboard}
      viewerId={data.viewer.id}
      before={
        <>
          <EmailNotice viewer={data.viewer} />
          <div className={dashboardStyles.dashboardGrid}>
            <AwaitingPositionSection dashboard={data.dashboard} />
            <AnswersSection dashboard={data.dashboard} onAnswered={again} />
          </div>
        </>
      }
      after={
        <>
          <ImpactGlance viewer={data.viewer} />
          <NeedsForYou viewer={data.viewer} />
          <BestMatches query={data} />
        </>
      }
    />
  );
}
