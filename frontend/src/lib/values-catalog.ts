import { currentLocale, i18n } from './i18n';

type CatalogValue = { slug: string; name: string; description?: string | null };

function catalogWord(slug: string, field: 'name' | 'description'): string | undefined {
  const word: unknown = i18n.getResource(currentLocale(), 'catalog', `${slug}.${field}`);
  return typeof word === 'string' && word ? word : undefined;
}

/**
 * A value's name in the app's language. The values of Kindred's catalog are translated
 * (src/locales/<locale>/catalog.json, by slug); a value a person proposed keeps their words.
 */
export function valueName(value: CatalogValue): string {
  return catalogWord(value.slug, 'name') ?? value.name;
}

/** A value's description in the app's language, as valueName. */
export function valueDescription(value: CatalogValue): string {
  return catalogWord(value.slug, 'description') ?? value.description ?? '';
}
