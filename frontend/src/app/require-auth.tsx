import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, Loading } from '../components/ui';
import { loginPath } from '../lib/paths';
import { useSession } from '../lib/session';

/** Pages for signed-in people only: others are sent to log in and brought back after. */
export function RequireAuth() {
  const { t } = useTranslation();
  const { viewer, error, reset } = useSession();
  const location = useLocation();
  if (viewer === undefined) {
    if (error) return <ErrorState error={error} title={t('requireAuth.failed')} onRetry={reset} />;
    return <Loading />;
  }
  if (viewer === null) {
    return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  }
  return <Outlet />;
}
