import { describe, expect, it } from 'vitest';
import { withoutProblem } from './forms';

describe('withoutProblem', () => {
  it('drops the changed field’s problem and leaves the state it came from alone', () => {
    const problems = { title: 'Give it a title.', closesAt: 'Pick a later time.' };
    expect(withoutProblem(problems, 'title')).toEqual({ closesAt: 'Pick a later time.' });
    expect(withoutProblem(problems, 'kind')).toEqual(problems);
    expect(problems).toEqual({ title: 'Give it a title.', closesAt: 'Pick a later time.' });
  });
});
