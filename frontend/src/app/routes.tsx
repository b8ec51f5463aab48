import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/ui';
import { ChangePasswordPage } from '../features/auth/change-password-page';
import { LogInPage } from '../features/auth/log-in-page';
import { SignUpPage } from '../features/auth/sign-up-page';
import { HomePage } from '../features/home/home-page';
import {
  CollaborationImpactPage,
  DefineOutcomePage,
  ImpactOverviewPage,
  PersonImpactPage,
  RecordMeasurementPage,
  ReviseOutcomePage,
  ValueImpactPage,
} from '../features/impact';
import { PersonPage } from '../features/people/person-page';
import { EditProfilePage } from '../features/profile/edit-profile-page';
import { MyValuesPage } from '../features/values/my-values-page';
import { OnboardingPage } from '../features/values/onboarding-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';

// GraphiQL brings its editor along: loaded on demand, never in the main bundle.
const GraphiQLPage = lazy(() => import('../features/graphiql/graphiql-page'));

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="graphiql"
        element={
          <Suspense fallback={<Loading label="Loading GraphiQL…" />}>
            <GraphiQLPage />
          </Suspense>
        }
      />
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="signup" element={<SignUpPage />} />
        <Route path="login" element={<LogInPage />} />
        <Route path="people/:handle" element={<PersonPage />} />
        <Route path="people/:handle/impact" element={<PersonImpactPage />} />
        <Route path="values/:slug/impact" element={<ValueImpactPage />} />
        <Route path="c/:slug/impact" element={<CollaborationImpactPage />} />
        <Route path="impact" element={<ImpactOverviewPage />} />
        <Route element={<RequireAuth />}>
          <Route path="c/:slug/impact/outcomes/new" element={<DefineOutcomePage />} />
          <Route path="c/:slug/impact/outcomes/:outcomeId/edit" element={<ReviseOutcomePage />} />
          <Route path="c/:slug/impact/outcomes/:outcomeId/measurements/new" element={<RecordMeasurementPage />} />
          <Route path="onboarding" element={<OnboardingPage />} />
          <Route path="settings/profile" element={<EditProfilePage />} />
          <Route path="settings/values" element={<MyValuesPage />} />
          <Route path="settings/password" element={<ChangePasswordPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
