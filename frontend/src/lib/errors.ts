import { i18n } from './i18n';
import type { CombinedError } from '@urql/core';

/** The codes the API puts in `extensions.code` (enum ErrorCode in schema.graphql). */
export const errorCodes = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_TOKENS',
  'TIMEOUT',
  'UNAVAILABLE',
  'MAIL_NOT_CONFIGURED',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** An error as a person should read it. */
export interface Problem {
  /** The code from the server, or NETWORK when the server could not be reached. */
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  /** A sentence for the person, never a stack trace or a bare code. */
  message: string;
  /** The input field the message is about, when the server named one. */
  field?: string;
}

/** What the app says for each code when the server's own message is not for people. */
const fallbackWords: Record<Problem['code'], () => string> = {
  BAD_USER_INPUT: () => i18n.t('errors.badUserInput'),
  UNAUTHENTICATED: () => i18n.t('errors.unauthenticated'),
  FORBIDDEN: () => i18n.t('errors.forbidden'),
  NOT_FOUND: () => i18n.t('errors.notFound'),
  CONFLICT: () => i18n.t('errors.conflict'),
  RATE_LIMITED: () => i18n.t('errors.rateLimited'),
  INTERNAL: () => i18n.t('errors.internal'),
  GRAPHQL_PARSE_FAILED: () => i18n.t('errors.parseFailed'),
  GRAPHQL_VALIDATION_FAILED: () => i18n.t('errors.outOfDate'),
  QUERY_TOO_DEEP: () => i18n.t('errors.tooMuch'),
  QUERY_TOO_COMPLEX: () => i18n.t('errors.tooMuch'),
  TOO_MANY_ALIASES: () => i18n.t('errors.tooMuch'),
  TOO_MANY_DIRECTIVES: () => i18n.t('errors.tooMuch'),
  TOO_MANY_TOKENS: () => i18n.t('errors.tooLong'),
  TIMEOUT: () => i18n.t('errors.timeout'),
  UNAVAILABLE: () => i18n.t('errors.unavailable'),
  MAIL_NOT_CONFIGURED: () => i18n.t('errors.mailNotConfigured'),
  NETWORK: () => i18n.t('errors.network'),
  UNKNOWN: () => i18n.t('errors.unknown'),
};

/**
 * Codes whose server messages are written for people (the API promises that); for the
 * others the server's text is technical, so the app uses its own words.
 */
const trustedCodes = new Set<Problem['code']>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'MAIL_NOT_CONFIGURED',
]);

function toCode(value: unknown): Problem['code'] {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value)
    ? (value as ErrorCode)
    : 'UNKNOWN';
}

/** The words a person reads for a code, given the server's message. */
export function wordsFor(code: Problem['code'], serverMessage?: string): string {
  const message = serverMessage?.trim();
  if (message && trustedCodes.has(code)) return message;
  return fallbackWords[code]();
}

/** Turns a urql error into problems a person can act on, one per GraphQL error. */
export function problemsOf(error: CombinedError | undefined | null): Problem[] {
  if (!error) return [];
  if (error.networkError && error.graphQLErrors.length === 0) {
    return [{ code: 'NETWORK', message: fallbackWords.NETWORK() }];
  }
  return error.graphQLErrors.map((e) => {
    const code = toCode(e.extensions?.code);
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field : undefined;
    return { code, message: wordsFor(code, e.message), ...(field ? { field } : {}) };
  });
}

/** Whether any of the error's parts carries the code. */
export function hasCode(error: CombinedError | undefined | null, code: ErrorCode): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === code);
}

/** Problems split into those about a known form field and the rest. */
export interface FormProblems {
  fields: Record<string, string>;
  general: Problem[];
}

/**
 * Splits problems by field for a form. Only fields the form shows count as field errors;
 * `aliases` maps server field names to the form's (e.g. "login" on a form that calls it
 * "handle or email").
 */
export function formProblems(
  error: CombinedError | undefined | null,
  formFields: readonly string[],
  aliases: Record<string, string> = {},
): FormProblems {
  const fields: Record<string, string> = {};
  const general: Problem[] = [];
  for (const p of problemsOf(error)) {
    const name = p.field ? (aliases[p.field] ?? p.field) : undefined;
    if (name && formFields.includes(name) && !fields[name]) fields[name] = p.message;
    else general.push(p);
  }
  return { fields, general };
}

/**
 * Splits problems into those about a field the form shows (`shows(field)`, after
 * `aliases`) and the rest, keeping the server's full field paths such as
 * "commitments.0.quantity" or "needs.1.currency".
 */
export function fieldProblems(
  error: CombinedError | undefined | null,
  shows: (field: string) => boolean,
  aliases: Record<string, string> = {},
): FormProblems {
  const fields: Record<string, string> = {};
  const general: Problem[] = [];
  for (const p of problemsOf(error)) {
    const name = p.field ? (aliases[p.field] ?? p.field) : undefined;
    if (name && shows(name) && !fields[name]) fields[name] = p.message;
    else general.push(p);
  }
  return { fields, general };
}

/** The errors under `prefix.`, with the prefix taken off: under(e, "needs.1") → {currency: …}. */
export function errorsUnder(fields: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  const start = `${prefix}.`;
  for (const [k, v] of Object.entries(fields)) {
    if (k.startsWith(start)) out[k.slice(start.length)] = v;
  }
  return out;
}
