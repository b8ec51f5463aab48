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
const fallbackWords: Record<Problem['code'], string> = {
  BAD_USER_INPUT: 'Some of what you entered needs another look.',
  UNAUTHENTICATED: 'You need to log in to do this.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'We could not find what you were looking for.',
  CONFLICT: 'This clashes with something that already exists.',
  RATE_LIMITED: 'Too many attempts in a short time. Wait a minute, then try again.',
  INTERNAL: 'Something went wrong on our side. It has been noted; please try again in a moment.',
  GRAPHQL_PARSE_FAILED:
    'This page sent a request the server could not read. Reload the page and try again.',
  GRAPHQL_VALIDATION_FAILED:
    'This page is out of date with the server. Reload the page and try again.',
  QUERY_TOO_DEEP: 'This page asked for too much at once. Reload the page and try again.',
  QUERY_TOO_COMPLEX: 'This page asked for too much at once. Reload the page and try again.',
  TOO_MANY_ALIASES: 'This page asked for too much at once. Reload the page and try again.',
  TOO_MANY_DIRECTIVES: 'This page asked for too much at once. Reload the page and try again.',
  TOO_MANY_TOKENS: 'This page sent too long a request. Reload the page and try again.',
  TIMEOUT: 'Kindred took too long to answer. Please try again in a moment.',
  UNAVAILABLE: 'Kindred cannot reach its database just now. Please try again in a moment.',
  MAIL_NOT_CONFIGURED:
    'Mail is not configured on this server, so Kindred cannot send you a link. Ask the people who run it.',
  NETWORK: 'We could not reach Kindred. Check your connection and try again.',
  UNKNOWN: 'Something went wrong. Please try again.',
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
  return fallbackWords[code];
}

/** Turns a urql error into problems a person can act on, one per GraphQL error. */
export function problemsOf(error: CombinedError | undefined | null): Problem[] {
  if (!error) return [];
  if (error.networkError && error.graphQLErrors.length === 0) {
    return [{ code: 'NETWORK', message: fallbackWords.NETWORK }];
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
