import { act, render, renderHook, screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { hasProblems, useFormState, withoutProblem } from './forms';

describe('withoutProblem', () => {
  it('drops the changed field’s problem and leaves the state it came from alone', () => {
    const problems = { title: 'Give it a title.', closesAt: 'Pick a later time.' };
    expect(withoutProblem(problems, 'title')).toEqual({ closesAt: 'Pick a later time.' });
    expect(withoutProblem(problems, 'kind')).toEqual(problems);
    expect(problems).toEqual({ title: 'Give it a title.', closesAt: 'Pick a later time.' });
  });
});

describe('hasProblems', () => {
  it('reads problems by field and lists of them by row', () => {
    expect(hasProblems({})).toBe(false);
    expect(hasProblems({ title: 'Give it a title.' })).toBe(true);
    expect(hasProblems([{}, {}])).toBe(false);
    expect(hasProblems([{}, { amount: 'Enter an amount.' }])).toBe(true);
  });
});

/** A form of two fields whose problems the hook keeps. */
function Form({ found, serverError }: { found: Record<string, string>; serverError?: CombinedError }) {
  const { errors, serverError: refused, formRef, check, fail } = useFormState();
  return (
    <form
      ref={formRef}
      aria-label="Test"
      onSubmit={(e) => {
        e.preventDefault();
        if (check(found)) fail(serverError);
      }}
    >
      <input aria-label="Name" aria-invalid={errors.name ? true : undefined} />
      <input aria-label="Amount" aria-invalid={errors.amount ? true : undefined} />
      {refused && <p role="alert">{refused.message}</p>}
      <button type="submit">Save</button>
    </form>
  );
}

describe('useFormState', () => {
  it('starts without problems', () => {
    const { result } = renderHook(() => useFormState());
    expect(result.current.errors).toEqual({});
    expect(result.current.serverError).toBeUndefined();
  });

  it('shows the problems found, refuses the submission and focuses the first invalid field', () => {
    render(<Form found={{ amount: 'Enter an amount.' }} />);
    act(() => screen.getByRole('button', { name: 'Save' }).click());
    expect(screen.getByLabelText('Amount')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Amount')).toHaveFocus();
  });

  it('lets a submission without problems through and keeps the server’s refusal', () => {
    const refused = new CombinedError({ graphQLErrors: [{ message: 'The name is taken.' }] });
    const { result } = renderHook(() => useFormState());
    let ok = false;
    act(() => {
      ok = result.current.check({});
    });
    expect(ok).toBe(true);
    act(() => result.current.fail(refused));
    expect(result.current.serverError).toBe(refused);
    act(() => {
      ok = result.current.check({ name: 'Give it a name.' });
    });
    expect(ok).toBe(false);
    expect(result.current.serverError, 'a new submission forgets the last answer').toBeUndefined();
    expect(result.current.errors).toEqual({ name: 'Give it a name.' });
  });
});
