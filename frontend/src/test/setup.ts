import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// Tests read the test clock's date, never today's: the same start as the Go tests
// (clock/clocktest), moved by KINDRED_TEST_CLOCK so that CI can run years ahead.
export const testStart = new Date(process.env.KINDRED_TEST_CLOCK || '2026-11-26T12:00:00Z');
if (Number.isNaN(testStart.getTime())) {
  throw new Error(`KINDRED_TEST_CLOCK=${process.env.KINDRED_TEST_CLOCK}: want an ISO time such as 2028-11-26T12:00:00Z`);
}

beforeEach(() => {
  // Only Date is faked: timers stay real, and the date runs on from the start.
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(testStart);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
