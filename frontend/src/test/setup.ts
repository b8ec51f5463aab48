import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n, initI18n } from '../lib/i18n';

// Tests read the test clock's date, never today's: the same start as the Go tests
// (clock/clocktest), moved by KINDRED_TEST_CLOCK so that CI can run years ahead.
export const testStart = new Date(process.env.KINDRED_TEST_CLOCK || '2026-11-26T12:00:00Z');
if (Number.isNaN(testStart.getTime())) {
  throw new Error(
    `KINDRED_TEST_CLOCK=${process.env.KINDRED_TEST_CLOCK}: want an ISO time such as 2028-11-26T12:00:00Z`,
  );
}

// Formatted dates and numbers read as in British English whatever the machine's language,
// as the e2e harness pins Chromium's locale (lib/format reads navigator.languages).
Object.defineProperty(window.navigator, 'languages', { value: ['en-GB'], configurable: true });
Object.defineProperty(window.navigator, 'language', { value: 'en-GB', configurable: true });

// Components render in English, from the catalogs themselves: a key missing from them shows.
const english = import.meta.glob<Record<string, unknown>>('../locales/en/*.json', { eager: true, import: 'default' });
void initI18n('en', {
  en: Object.fromEntries(
    Object.entries(english).map(([path, catalog]) => [path.replace(/^.*\/|\.json$/g, ''), catalog]),
  ),
});

beforeEach(() => {
  // Only Date is faked: timers stay real, and the date runs on from the start.
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(testStart);
});

afterEach(async () => {
  cleanup();
  if (i18n.language !== 'en') await i18n.changeLanguage('en');
  vi.useRealTimers();
});
