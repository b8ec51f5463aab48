import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import buttonStyles from './ui/button.module.css';
import styles from './export-links.module.css';

/**
 * Download links for an export as CSV and JSON, with a sentence saying what is in it.
 * `href` builds the address for a format.
 */
export function ExportLinks({
  href,
  what,
  children,
}: {
  href: (format: 'csv' | 'json') => string;
  what: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const hidden = <span className="visually-hidden" />;
  return (
    <div className={styles.exportLinks}>
      <p>{children}</p>
      <div className={styles.exportButtons}>
        <a className={`${buttonStyles.button} ${buttonStyles.buttonSecondary}`} href={href('csv')} download>
          <Trans t={t} i18nKey="exportLinks.csv" values={{ what }} components={{ hidden }} />
        </a>
        <a className={`${buttonStyles.button} ${buttonStyles.buttonSecondary}`} href={href('json')} download>
          <Trans t={t} i18nKey="exportLinks.json" values={{ what }} components={{ hidden }} />
        </a>
      </div>
    </div>
  );
}
