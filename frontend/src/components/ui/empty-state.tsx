import type { ReactNode } from 'react';
import emptyStateStyles from './empty-state.module.css';

/** What a page or list shows when there is nothing yet, and what to do about it. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={emptyStateStyles.emptyState}>
      <p className={emptyStateStyles.emptyStateTitle}>{title}</p>
      {children && <div className={emptyStateStyles.emptyStateBody}>{children}</div>}
      {action && <div className={emptyStateStyles.emptyStateAction}>{action}</div>}
    </div>
  );
}
