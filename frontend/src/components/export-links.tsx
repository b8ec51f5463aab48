import type { ReactNode } from 'react';
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
  return (
    <div className={styles.exportLinks}>
      <p>{children}</p>
      <div className={styles.exportButtons}>
        <a className={`${buttonStyles.button} ${buttonStyles.buttonSecondary}`} href={href('csv')} download>
          Export CSV<span className="visually-hidden"> of {what}</span>
        </a>
        <a className={`${buttonStyles.button} ${buttonStyles.buttonSecondary}`} href={href('json')} download>
          Export JSON<span className="visually-hidden"> of {what}</span>
        </a>
      </div>
    </div>
  );
}
