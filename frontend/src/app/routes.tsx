import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/ui';
import { AccessTokensPage } from '../features/account/access-tokens-page';
import { AccountPage } from '../features/account/account-page';
import { ChangePasswordPage } from '../features/auth/change-password-page';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page';
import { LogInPage } from '../features/auth/log-in-page';
import { ResetPasswordPage } from '../features/auth/reset-password-page';
import { SignUpPage } from '../features/auth/sign-up-page';
import { VerifyEmailPage } from '../features/auth/verify-email-page';
import { CreateCollaborationPage } from '../features/collaborations/create/create-collaboration-page';
import { CollaborationLayout } from '../features/collaborations/collaboration-layout';
import { EditCollaborationPage } from '../features/collaborations/edit-collaboration-page';
import { InvitationPage } from '../features/collaborations/invitation-page';
import { JoinPage } from '../features/collaborations/join-page';
import { MyCollaborationsPage } from '../features/collaborations/my-collaborations-page';
import { OverviewSection } from '../features/collaborations/sections/overview-section';
import { DiscoverCollaborationsPage } from '../features/discovery/discover-collaborations-page';
import { DiscoverPeoplePage } from '../features/discovery/discover-people-page';
import { ValuePage } from '../features/discovery/value-page';
import { HomePage } from '../features/home/home-page';
import { GiverRecordSection } from '../features/ledger/giver-record-section';
import {
  CollaborationImpactPage,
  DefineOutcomePage,
  ImpactOverviewPage,
  PersonImpactPage,
  PersonStatedLived,
  RecordMeasurementPage,
  ReportPage,
  ReviseOutcomePage,
  ValueImpactPage,
} from '../features/impact';
import { MailPreferencesPage } from '../features/mail/mail-preferences-page';
import { CalendarFeedPage } from '../features/gatherings/calendar-feed-page';
import { UnsubscribePage } from '../features/mail/unsubscribe-page';
import { MeaningsPage } from '../features/meanings/meanings-page';
import { BlockedPeopleSection } from '../features/moderation/blocked-people-section';
import { ReportsPage } from '../features/moderation/reports-page';
import { NotificationsPage } from '../features/notifications/notifications-page';
import { PersonPage } from '../features/people/person-page';
import { EditProfilePage } from '../features/profile/edit-profile-page';
import { MyValuesPage } from '../features/values/my-values-page';
import { OnboardingPage } from '../features/values/onboarding-page';
import {
  CollaborationActivityRoute,
  CollaborationLedgerRoute,
  CollaborationPeopleRoute,
  CollaborationTalkRoute,
  CollaborationGatheringsRoute,
  CollaborationGatheringRoute,
  CollaborationPlanGatheringRoute,
  CollaborationEditGatheringRoute,
  CollaborationThreadRoute,
} from './collaboration-route';
import { DashboardRoute } from './dashboard-route';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';

// GraphiQL brings its editor along: loaded on demand, never in the main bundle.
const GraphiQLPage = lazy(() => import('../features/graphiql/graphiql-page'));
// Deciding together: its pages load with their routes.
const DecisionsPage = lazy(() => import('../features/decisions/decisions-page'));
const ProposePage = lazy(() => import('../features/decisions/propose-page'));
const ProposalPage = lazy(() => import('../features/decisions/proposal-page'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route
        path="graphiql"
        element={
          <Suspense fallback={<Loading label={t('loading.graphiql')} />}>
            <GraphiQLPage />
          </Suspense>
        }
      />
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="signup" element={<SignUpPage />} />
        <Route path="login" element={<LogInPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route
          path="people/:handle"
          element={
            <PersonPage
              extra={
                <>
                  <GiverRecordSection />
                  <PersonStatedLived />
                </>
              }
            />
          }
        />
        <Route path="discover" element={<DiscoverPeoplePage />} />
        <Route path="discover/collaborations" element={<DiscoverCollaborationsPage />} />
        <Route path="values/:slug" element={<ValuePage />} />
        <Route path="invite/:token" element={<InvitationPage />} />
        <Route path="c/:slug" element={<CollaborationLayout />}>
          <Route index element={<OverviewSection />} />
          <Route path="people" element={<CollaborationPeopleRoute />} />
          <Route path="ledger" element={<CollaborationLedgerRoute />} />
          <Route path="activity" element={<CollaborationActivityRoute />} />
          <Route path="talk" element={<CollaborationTalkRoute />} />
          <Route path="talk/:number" element={<CollaborationThreadRoute />} />
          <Route path="gatherings" element={<CollaborationGatheringsRoute />} />
          <Route path="gatherings/new" element={<CollaborationPlanGatheringRoute />} />
          <Route path="gatherings/:number" element={<CollaborationGatheringRoute />} />
          <Route path="gatherings/:number/edit" element={<CollaborationEditGatheringRoute />} />
        </Route>
        <Route
          path="c/:slug/decisions"
          element={
            <Lazy>
              <DecisionsPage />
            </Lazy>
          }
        />
        <Route
          path="c/:slug/proposals/:id"
          element={
            <Lazy>
              <ProposalPage />
            </Lazy>
          }
        />
        <Route path="people/:handle/impact" element={<PersonImpactPage />} />
        <Route path="values/:slug/impact" element={<ValueImpactPage />} />
        <Route path="c/:slug/impact" element={<CollaborationImpactPage />} />
        <Route path="c/:slug/report" element={<ReportPage />} />
        <Route path="impact" element={<ImpactOverviewPage />} />
        <Route path="meanings" element={<MeaningsPage />} />
        <Route path="unsubscribe" element={<UnsubscribePage />} />
        <Route element={<RequireAuth />}>
          <Route path="dashboard" element={<DashboardRoute />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="collaborations" element={<MyCollaborationsPage />} />
          <Route path="collaborations/new" element={<CreateCollaborationPage />} />
          <Route path="c/:slug/join" element={<JoinPage />} />
          <Route path="c/:slug/commit" element={<JoinPage more />} />
          <Route path="c/:slug/edit" element={<EditCollaborationPage />} />
          <Route path="c/:slug/impact/outcomes/new" element={<DefineOutcomePage />} />
          <Route path="c/:slug/impact/outcomes/:outcomeId/edit" element={<ReviseOutcomePage />} />
          <Route path="c/:slug/impact/outcomes/:outcomeId/measurements/new" element={<RecordMeasurementPage />} />
          <Route path="onboarding" element={<OnboardingPage />} />
          <Route path="settings/profile" element={<EditProfilePage />} />
          <Route path="settings/values" element={<MyValuesPage />} />
          <Route path="settings/password" element={<ChangePasswordPage />} />
          <Route
            path="c/:slug/decisions/new"
            element={
              <Lazy>
                <ProposePage />
              </Lazy>
            }
          />
          <Route path="settings/tokens" element={<AccessTokensPage />} />
          <Route path="settings/calendar" element={<CalendarFeedPage />} />
          <Route path="settings/account" element={<AccountPage extra={<BlockedPeopleSection />} />} />
          <Route path="settings/notifications" element={<MailPreferencesPage />} />
          <Route path="admin/reports" element={<ReportsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
