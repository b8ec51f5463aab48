import { EmailNotice } from '../features/account/email-notice';
import { AnswersSection } from '../features/collaborations/answers-section';
import { AwaitingPositionSection } from '../features/decisions/awaiting-position-section';
import { BestMatches } from '../features/discovery/best-matches';
import { NeedsForYou } from '../features/discovery/needs-for-you';
import { ImpactGlance } from '../features/impact';
import { DashboardPage } from '../features/ledger/dashboard-page';
import dashboardStyles from '../components/dashboard-grid.module.css';

/**
 * The dashboard with what other features add to it: first what waits for the viewer's
 * answer, then (from the ledger) entries to confirm and commitments due, then their
 * impact and best matches. Features do not import each other; they meet here.
 */
export function DashboardRoute() {
  return (
    <DashboardPage
      before={
        <>
          <EmailNotice />
          <div className={dashboardStyles.dashboardGrid}>
            <AwaitingPositionSection />
            <AnswersSection />
          </div>
        </>
      }
      after={
        <>
          <ImpactGlance />
          <NeedsForYou />
          <BestMatches />
        </>
      }
    />
  );
}
