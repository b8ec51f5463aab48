import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { unverifiedLimits } from './email-status';

export const EmailNotice_person = graphql(`
  fragment EmailNotice_person on Person {
    id
    email
    emailVerified
  }
`);

/** Asks the viewer to confirm their address while it is unconfirmed; nothing otherwise. */
export function EmailNotice({ viewer }: { viewer: FragmentType<typeof EmailNotice_person> }) {
  const { t } = useTranslation('account');
  const me = getFragmentData(EmailNotice_person, viewer);
  if (me.emailVerified !== false) return null;
  return (
    <Alert tone="info" title={t('notice.title')}>
      <p>
        {t('notice.mailed', { email: me.email })} {unverifiedLimits()}
      </p>
      <p>
        <Link to={paths.account}>{t('notice.link')}</Link>
      </p>
    </Alert>
  );
}
