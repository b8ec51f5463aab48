import { useTranslation } from 'react-i18next';
import spinnerStyles from './spinner.module.css';
/** A small turning circle; `label` is read to screen readers ("" when a parent speaks). */
export function Spinner({ size = 'md', label }: { size?: 'sm' | 'md'; label?: string }) {
  const { t } = useTranslation();
  const said = label ?? t('loading.short');
  return (
    <span
      className={size === 'sm' ? `${spinnerStyles.spinner} ${spinnerStyles.spinnerSm}` : spinnerStyles.spinner}
      aria-hidden={said === '' || undefined}
    >
      {said !== '' && <span className="visually-hidden">{said}</span>}
    </span>
  );
}

/** A loading state for a page or a section, announced politely. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className={spinnerStyles.loading} data-testid="loading" role="status" aria-live="polite">
      <Spinner label="" />
      <span>{label ?? t('loading.long')}</span>
    </div>
  );
}
