import spinnerStyles from './spinner.module.css';
/** A small turning circle; `label` is read to screen readers ("" when a parent speaks). */
export function Spinner({ size = 'md', label = 'Loading' }: { size?: 'sm' | 'md'; label?: string }) {
  return (
    <span className={size === 'sm' ? `${spinnerStyles.spinner} ${spinnerStyles.spinnerSm}` : spinnerStyles.spinner} aria-hidden={label === '' || undefined}>
      {label !== '' && <span className="visually-hidden">{label}</span>}
    </span>
  );
}

/** A loading state for a page or a section, announced politely. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className={spinnerStyles.loading} data-testid="loading" role="status" aria-live="polite">
      <Spinner label="" />
      <span>{label}</span>
    </div>
  );
}
