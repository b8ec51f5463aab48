import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { SettingsNav } from '../../components/settings-nav';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DeleteAccountForm } from './delete-account-form';
import styles from './account.module.css';
import { EmailSection } from './email-section';
import buttonStyles from '../../components/ui/button.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

/** Where the export endpoint serves the signed-in person's data (server/http.go). */
export const exportPath = '/me/export.json';

/**
 * A person's data to take away, and the way to leave Kindred; `extra` is what other
 * features add before leaving (composed in src/app), such as the people they blocked.
 */
export function AccountPage({ extra }: { extra?: ReactNode }) {
  const { t } = useTranslation('account');
  useDocumentTitle(t('page.title'));
  return (
    <div className={`narrow ${styles.accountSettings}`}>
      <h1>{t('page.title')}</h1>
      <SettingsNav />
      <EmailSection />
      <section className={`${cardStyles.card} ${styles.accountSection}`} aria-labelledby="download-heading">
        <h2 id="download-heading">{t('page.download')}</h2>
        <p>{t('page.downloadText')}</p>
        <div className={fieldStyles.formActions}>
          {/* A plain link: the browser sends the session cookie and saves the file. */}
          <a className={`${buttonStyles.button} ${buttonStyles.buttonSecondary}`} href={exportPath} download>
            {t('page.downloadButton')}
          </a>
        </div>
      </section>
      {extra}
      <DeleteAccountForm />
    </div>
  );
}
