import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import buttonStyles from './button.module.css';
import { Spinner } from './spinner';

type Variant = 'primary' | 'secondary' | 'quiet' | 'danger';

const variants: Record<Variant, string> = {
  primary: buttonStyles.buttonPrimary,
  secondary: buttonStyles.buttonSecondary,
  quiet: buttonStyles.buttonQuiet,
  danger: buttonStyles.buttonDanger,
};

function classes(variant: Variant, size: 'md' | 'sm', extra?: string) {
  return [buttonStyles.button, variants[variant], size === 'sm' ? buttonStyles.buttonSm : '', extra ?? '']
    .filter(Boolean)
    .join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: 'md' | 'sm';
  /** Shows a spinner and keeps the button from being pressed twice. */
  busy?: boolean;
  children: ReactNode;
}

/** A button; `busy` marks work in progress without hiding the label. */
export function Button({
  variant = 'primary',
  size = 'md',
  busy = false,
  disabled,
  className,
  type = 'button',
  children,
  onClick,
  ...rest
}: ButtonProps) {
  // Busy, the button refuses presses but stays focusable: a disabled button would drop
  // the keyboard focus to the page's start while the work is done.
  return (
    <button
      type={type}
      className={classes(variant, size, className)}
      disabled={disabled}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={(e) => {
        if (busy) e.preventDefault();
        else onClick?.(e);
      }}
      {...rest}
    >
      {busy && <Spinner size="sm" label="" />}
      <span>{children}</span>
    </button>
  );
}

export interface LinkButtonProps extends LinkProps {
  variant?: Variant;
  size?: 'md' | 'sm';
}

/** A link that looks like a button, for navigation that reads as an action. */
export function LinkButton({ variant = 'primary', size = 'md', className, ...rest }: LinkButtonProps) {
  return <Link className={classes(variant, size, className)} {...rest} />;
}
