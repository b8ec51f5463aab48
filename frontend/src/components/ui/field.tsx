import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';
import fieldStyles from './field.module.css';

/** The message under a field that explains what is wrong with it. */
export function FieldError({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p className={fieldStyles.fieldError} id={id}>
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  );
}

function describedBy(...ids: (string | false | undefined)[]) {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}

function FieldFrame({ id, label, hint, error, optional, children }: FieldFrameProps) {
  const { t } = useTranslation();
  return (
    <div className={fieldStyles.field}>
      <label className={fieldStyles.fieldLabel} htmlFor={id}>
        {label}
        {optional && <span className={fieldStyles.fieldOptional}> {t('field.optional')}</span>}
      </label>
      {hint && (
        <p className={fieldStyles.fieldHint} id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}

/** A labelled text input with an optional hint and error, wired for screen readers. */
export function TextField({ label, hint, error, optional, className, ...input }: TextFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={id}
        className={`${fieldStyles.input}${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
        {...input}
      />
    </FieldFrame>
  );
}

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}

/** A labelled multi-line input; shows how many characters are left when maxLength is set. */
export function TextAreaField({
  label,
  hint,
  error,
  optional,
  className,
  value,
  maxLength,
  ...textarea
}: TextAreaFieldProps) {
  const id = useId();
  const { t } = useTranslation();
  const used = typeof value === 'string' ? value.length : 0;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        id={id}
        className={`${fieldStyles.input} ${fieldStyles.textarea}${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(
          hint !== undefined && `${id}-hint`,
          error && `${id}-error`,
          maxLength !== undefined && `${id}-count`,
        )}
        value={value}
        maxLength={maxLength}
        {...textarea}
      />
      {maxLength !== undefined && (
        <p className={fieldStyles.fieldCount} id={`${id}-count`}>
          {t('field.count', { used, max: maxLength })}
        </p>
      )}
    </FieldFrame>
  );
}

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: ReactNode;
  hint?: ReactNode;
}

/** A checkbox with its label beside it. */
export function CheckboxField({ label, hint, ...input }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={`${fieldStyles.field} ${fieldStyles.fieldCheck}`}>
      <input
        id={id}
        type="checkbox"
        className={fieldStyles.checkbox}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      <div>
        <label htmlFor={id} className={fieldStyles.fieldLabel}>
          {label}
        </label>
        {hint && (
          <p className={fieldStyles.fieldHint} id={`${id}-hint`}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}

/** A labelled native select, wired like TextField. */
export function SelectField({ label, hint, error, optional, className, children, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <select
        id={id}
        className={`${fieldStyles.input} ${fieldStyles.select}${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}
