/**
 * The web app's languages. Words live in catalogs, one JSON file per locale and namespace
 * (src/locales/<locale>/<namespace>.json, a namespace per feature folder and `common` for
 * the shell, components and lib); a locale's files load together, on demand, before the
 * first page renders, so the main bundle carries none of them.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const locales = ['en', 'es', 'fr', 'nl'] as const;
export type Locale = (typeof locales)[number];

/** Each language named in itself, as a switcher offers it. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  nl: 'Nederlands',
};

const storageKey = 'kindred.locale';

export function isLocale(tag: string | null | undefined): tag is Locale {
  return !!tag && (locales as readonly string[]).includes(tag);
}

/** The base language of a BCP 47 tag: "nl-BE" → "nl". */
function base(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0];
}

/** The browser's languages, most wanted first. */
export function browserLanguages(): string[] {
  if (typeof navigator === 'undefined') return [];
  return [...(navigator.languages ?? []), navigator.language].filter(Boolean);
}

/** The first supported locale among tags, or undefined. */
export function matchLocale(tags: readonly string[]): Locale | undefined {
  for (const tag of tags) {
    const b = base(tag);
    if (isLocale(b)) return b;
  }
  return undefined;
}

/** The locale chosen on this device (the footer's switcher), if any. */
function storedLocale(): Locale | undefined {
  try {
    const v = localStorage.getItem(storageKey);
    return isLocale(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The locale to start in: the choice made on this device, else the browser's first
 * supported language, else English. A signed-in person's own setting replaces it once the
 * session is known (lib/session).
 */
export function detectLocale(): Locale {
  return storedLocale() ?? matchLocale(browserLanguages()) ?? 'en';
}

const catalogs = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json');

/** Loads every namespace of a locale that is not loaded yet. */
export async function loadLocale(locale: Locale): Promise<void> {
  const prefix = `../locales/${locale}/`;
  await Promise.all(
    Object.entries(catalogs)
      .filter(([path]) => path.startsWith(prefix))
      .map(async ([path, load]) => {
        const ns = path.slice(prefix.length, -'.json'.length);
        if (i18n.hasResourceBundle(locale, ns)) return;
        i18n.addResourceBundle(locale, ns, (await load()).default, true, true);
      }),
  );
}

/**
 * Starts i18next in a locale whose catalogs are loaded. Tests pass the catalogs they import
 * eagerly, which makes the start synchronous.
 */
export async function initI18n(
  locale: Locale = detectLocale(),
  resources: Record<string, Record<string, Record<string, unknown>>> = {},
): Promise<typeof i18n> {
  void i18n.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [...locales],
    defaultNS: 'common',
    ns: Object.keys(resources[locale] ?? {}),
    resources,
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
    initAsync: false,
  });
  await loadLocale(locale);
  document.documentElement.lang = locale;
  return i18n;
}

/**
 * Switches the app to locale once its catalogs are loaded; remember keeps the choice on this
 * device (a signed-in person's setting is kept by the API as well, see lib/session).
 */
export async function setLocale(locale: Locale, remember = true): Promise<void> {
  await loadLocale(locale);
  if (remember) {
    try {
      localStorage.setItem(storageKey, locale);
    } catch {
      // private mode: the choice lasts for this visit
    }
  }
  document.documentElement.lang = locale;
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

/** The app's current locale. */
export function currentLocale(): Locale {
  const l = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(l) ? l : 'en';
}

export { i18n };
