import type { ReactNode } from 'react';
import subnavStyles from './subnav.module.css';

/** Tabs between the pages of one part of the site, as links; the current one is underlined. */
export function SubNav({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav className={subnavStyles.subnav} aria-label={label}>
      {children}
    </nav>
  );
}
