import { forwardRef, type ReactNode } from 'react';
import alertStyles from './alert.module.css';

export interface AlertProps {
  tone?: 'info' | 'success' | 'error';
  title?: ReactNode;
  children?: ReactNode;
}

const tones = { info: alertStyles.alertInfo, success: alertStyles.alertSuccess, error: alertStyles.alertError };

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
      className={`${alertStyles.alert} ${tones[tone]}`}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      {title && <p className={alertStyles.alertTitle}>{title}</p>}
      {children && <div>{children}</div>}
    </div>
  );
});
