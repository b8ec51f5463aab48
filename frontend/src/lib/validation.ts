/**
 * Checks done in the browser before a form is sent, with the same limits the server
 * enforces (schema.graphql); the server stays the authority and its messages win.
 * Each check returns a message for the person, or undefined when the value is fine.
 */

import { i18n } from './i18n';

const handlePattern = /^[a-z0-9_-]{3,30}$/;

export function checkHandle(handle: string): string | undefined {
  if (handle.trim() === '') return i18n.t('validation.handleEmpty');
  if (!handlePattern.test(handle)) {
    return i18n.t('validation.handlePattern');
  }
  return undefined;
}

export function checkDisplayName(name: string): string | undefined {
  const n = name.trim();
  if (n === '') return i18n.t('validation.nameEmpty');
  if (n.length > 80) return i18n.t('validation.nameTooLong', { max: 80 });
  return undefined;
}

export function checkEmail(email: string): string | undefined {
  const e = email.trim();
  if (e === '') return i18n.t('validation.emailEmpty');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) return i18n.t('validation.emailPattern');
  return undefined;
}

export const passwordMin = 10;
export const passwordMax = 256;

export function checkNewPassword(password: string): string | undefined {
  if (password === '') return i18n.t('validation.passwordEmpty');
  if (password.length < passwordMin) return i18n.t('validation.passwordShort', { min: passwordMin });
  if (password.length > passwordMax) return i18n.t('validation.passwordLong', { max: passwordMax });
  return undefined;
}

/** Drops the fields without a message, so an empty object means "all fine". */
export function compact(errors: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter((e): e is [string, string] => e[1] !== undefined));
}
