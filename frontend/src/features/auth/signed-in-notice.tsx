import { Trans, useTranslation } from 'react-i18next';
import { Card, LinkButton } from '../../components/ui';
import { paths } from '../../lib/paths';
import fieldStyles from '../../components/ui/field.module.css';

/** Shown on sign-up and log-in pages to someone who is already signed in. */
export function SignedInNotice({ handle }: { handle: string }) {
  const { t } = useTranslation('auth');
  return (
    <div className="narrow">
      <h1>{t('signedIn.heading')}</h1>
      <Card>
        <p>
          <Trans t={t} i18nKey="signedIn.text" values={{ handle }} components={{ strong: <strong /> }} />
        </p>
        <div className={fieldStyles.formActions}>
          <LinkButton to={paths.person(handle)}>{t('signedIn.goToPage')}</LinkButton>
        </div>
      </Card>
    </div>
  );
}
