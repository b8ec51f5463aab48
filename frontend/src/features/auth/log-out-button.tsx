import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Button } from '../../components/ui';
import { paths } from '../../lib/paths';
import { useSession } from '../../lib/session';
import { LogOut } from './api/log-out';

/** Ends the session (the server clears the cookies) and returns to the home page. */
export function LogOutButton({ className }: { className?: string }) {
  const { t } = useTranslation('auth');
  const { reset } = useSession();
  const navigate = useNavigate();
  const [{ fetching }, logOut] = useMutation(LogOut);

  async function onClick() {
    await logOut({});
    // Signed out or not, forget what this session saw.
    reset();
    void navigate(paths.home, { state: { notice: t('logOut.notice') } });
  }

  return (
    <Button variant="quiet" size="sm" className={className} busy={fetching} onClick={() => void onClick()}>
      {t('logOut.button')}
    </Button>
  );
}
