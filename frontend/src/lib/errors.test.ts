import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CombinedError } from '@urql/core';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorCodes, errorsUnder, fieldProblems, formProblems, problemsOf, wordsFor } from './errors';

function gqlError(message: string, extensions: Record<string, unknown>) {
  return new CombinedError({ graphQLErrors: [{ message, extensions }] });
}

describe('errorCodes', () => {
  it('lists exactly the codes of enum ErrorCode in schema.graphql', () => {
    const schema = buildSchema(readFileSync(resolve(__dirname, '../../../schema.graphql'), 'utf8'));
    const type = schema.getType('ErrorCode');
    if (!isEnumType(type)) throw new Error('ErrorCode is not an enum');
    expect([...errorCodes].sort()).toEqual(type.getValues().map((v) => v.name).sort());
  });
});

describe('wordsFor', () => {
  it.each([
    ['BAD_USER_INPUT', 'The handle must be 3–30 characters.', 'The handle must be 3–30 characters.'],
    ['UNAUTHENTICATED', 'Your session has ended; log in again.', 'Your session has ended; log in again.'],
    ['CONFLICT', 'The handle "amara" is taken; choose another.', 'The handle "amara" is taken; choose another.'],
    ['RATE_LIMITED', '', 'Too many attempts in a short time. Wait a minute, then try again.'],
    ['INTERNAL', 'internal error', 'Something went wrong on our side. It has been noted; please try again in a moment.'],
    ['GRAPHQL_VALIDATION_FAILED', 'Cannot query field "x" on type "Query".', 'This page is out of date with the server. Reload the page and try again.'],
    ['GRAPHQL_PARSE_FAILED', 'Syntax Error: Unexpected Name', 'This page sent a request the server could not read. Reload the page and try again.'],
    ['UNKNOWN', 'panic: runtime error', 'Something went wrong. Please try again.'],
  ] as const)('%s with %j reads %j', (code, message, want) => {
    expect(wordsFor(code, message)).toBe(want);
  });

  it('falls back to its own words when a trusted code comes without a message', () => {
    expect(wordsFor('FORBIDDEN', '  ')).toBe('You are not allowed to do this.');
    expect(wordsFor('NOT_FOUND')).toBe('We could not find what you were looking for.');
  });
});

describe('problemsOf', () => {
  it('says the server could not be reached on a network error', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(problemsOf(error)).toEqual([
      { code: 'NETWORK', message: 'We could not reach Kindred. Check your connection and try again.' },
    ]);
  });

  it('keeps the field the server named', () => {
    const error = gqlError('The handle "amara" is taken; choose another.', { code: 'CONFLICT', field: 'handle' });
    expect(problemsOf(error)).toEqual([
      { code: 'CONFLICT', field: 'handle', message: 'The handle "amara" is taken; choose another.' },
    ]);
  });

  it('treats a missing or unknown code as unknown, never showing raw text', () => {
    expect(problemsOf(gqlError('sql: no rows', {}))[0]).toEqual({
      code: 'UNKNOWN',
      message: 'Something went wrong. Please try again.',
    });
  });

  it('returns nothing for no error', () => {
    expect(problemsOf(undefined)).toEqual([]);
  });
});

describe('formProblems', () => {
  const error = new CombinedError({
    graphQLErrors: [
      { message: 'An account with this email address already exists; log in instead.', extensions: { code: 'CONFLICT', field: 'email' } },
      { message: 'The rating must be 1 to 5.', extensions: { code: 'BAD_USER_INPUT', field: 'strength' } },
      { message: 'Too many attempts.', extensions: { code: 'RATE_LIMITED' } },
    ],
  });

  it('attaches messages to fields the form shows and keeps the rest general', () => {
    const got = formProblems(error, ['email', 'password']);
    expect(got.fields).toEqual({ email: 'An account with this email address already exists; log in instead.' });
    expect(got.general.map((p) => p.message)).toEqual(['The rating must be 1 to 5.', 'Too many attempts.']);
  });

  it('maps server field names through aliases', () => {
    const got = formProblems(error, ['rating'], { strength: 'rating' });
    expect(got.fields).toEqual({ rating: 'The rating must be 1 to 5.' });
  });
});

describe('fieldProblems and errorsUnder', () => {
  const error = new CombinedError({
    graphQLErrors: [
      { message: 'A quantity must be more than zero.', extensions: { code: 'BAD_USER_INPUT', field: 'commitments.1.quantity' } },
      { message: 'Money needs a currency, such as EUR or USD.', extensions: { code: 'BAD_USER_INPUT', field: 'needs.0.currency' } },
      { message: 'Nobody joins without committing something.', extensions: { code: 'BAD_USER_INPUT', field: 'commitments' } },
    ],
  });

  it('keeps full field paths the form shows and the rest general', () => {
    const got = fieldProblems(error, (f) => f.includes('.'));
    expect(got.fields).toEqual({
      'commitments.1.quantity': 'A quantity must be more than zero.',
      'needs.0.currency': 'Money needs a currency, such as EUR or USD.',
    });
    expect(got.general.map((p) => p.message)).toEqual(['Nobody joins without committing something.']);
  });

  it('picks the errors of one item, without its prefix', () => {
    const { fields } = fieldProblems(error, () => true);
    expect(errorsUnder(fields, 'commitments.1')).toEqual({ quantity: 'A quantity must be more than zero.' });
    expect(errorsUnder(fields, 'commitments.0')).toEqual({});
  });
});
