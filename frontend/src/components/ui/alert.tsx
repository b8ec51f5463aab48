import { forwardRef, type ReactNode } from 'react';

export interface AlertProps {
  tone?: 'info' | 'success' | 'error';
  title?: ReactNode;
  children?: ReactNode;
}

/**
 * A message in the flow of the page. Errors are announced at once (role="alert"),
 * the rest politely (role="status").
 */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { tone = 'info', title, children },
  ref,
) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`alert alert--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      {title && <p className="alert__title">{title}</p>}
      {children && <div className="alert__body">{children}</div>}
    </div>
  );
});
