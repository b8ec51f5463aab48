import { describe, expect, it } from 'vitest';
import { defaultClosing } from './default-closing';

describe('defaultClosing', () => {
  it('is a week ahead on the next full hour', () => {
    const from = new Date(2026, 10, 26, 12, 16, 5);
    expect(defaultClosing(from)).toEqual(new Date(2026, 11, 3, 13, 0, 0));
  });

  it('stays on the hour when already on one', () => {
    const from = new Date(2026, 10, 26, 12, 0, 0);
    expect(defaultClosing(from)).toEqual(new Date(2026, 11, 3, 12, 0, 0));
  });
});
