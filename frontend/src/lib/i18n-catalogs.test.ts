import { describe, expect, it } from 'vitest';
import { locales } from './i18n';

type Catalog = { [key: string]: string | Catalog };

const files = import.meta.glob<Catalog>('../locales/*/*.json', { eager: true, import: 'default' });
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** locale → namespace → flattened key → message. */
const catalogs = new Map<string, Map<string, Map<string, string>>>();
for (const [path, catalog] of Object.entries(files)) {
  const [, locale, ns] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
  const flat = new Map<string, string>();
  (function walk(node: Catalog, prefix: string) {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string') flat.set(prefix + k, v);
      else walk(v, `${prefix}${k}.`);
    }
  })(catalog, '');
  if (!catalogs.has(locale)) catalogs.set(locale, new Map());
  catalogs.get(locale)!.set(ns, flat);
}

/** The message keys of a catalog, plural forms folded into their base key. */
function messages(flat: Map<string, string>): Set<string> {
  return new Set([...flat.keys()].map((k) => k.replace(pluralSuffix, '')));
}

/** The {{variables}} a message uses. */
function variables(message: string): string[] {
  return [...message.matchAll(/{{\s*([\w.]+)[^}]*}}/g)].map((m) => m[1]).sort();
}

const english = catalogs.get('en')!;

describe('catalogs', () => {
  it('has a catalog for every locale and no other', () => {
    expect([...catalogs.keys()].sort()).toEqual([...locales].sort());
  });

  for (const locale of locales) {
    describe(locale, () => {
      const own = catalogs.get(locale) ?? new Map<string, Map<string, string>>();

      it('has every namespace English has, and no other', () => {
        expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      });

      for (const [ns, en] of english) {
        it(`${ns}: has every message English has, and no other`, () => {
          const mine = own.get(ns) ?? new Map<string, string>();
          expect([...messages(mine)].sort()).toEqual([...messages(en)].sort());
        });

        it(`${ns}: translates every message, with the plural forms the language has`, () => {
          const mine = own.get(ns) ?? new Map<string, string>();
          const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
          const plurals = new Set(
            [...en.keys()].filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, '')),
          );
          for (const [key, message] of mine) {
            expect(message.trim(), `${locale}/${ns}.json: ${key} is empty`).not.toBe('');
          }
          for (const key of plurals) {
            const forms = [...mine.keys()]
              .filter((k) => k.replace(pluralSuffix, '') === key)
              .map((k) => pluralSuffix.exec(k)?.[1]);
            expect(forms.sort(), `${locale}/${ns}.json: ${key}`).toEqual([...categories].sort());
          }
        });

        it(`${ns}: keeps the variables of every English message`, () => {
          const mine = own.get(ns) ?? new Map<string, string>();
          for (const [key, message] of en) {
            const base = key.replace(pluralSuffix, '');
            const other = mine.get(key) ?? mine.get(`${base}_other`);
            if (other === undefined) continue; // reported above
            const want = variables(message).filter((v) => v !== 'count');
            const got = variables(other).filter((v) => v !== 'count');
            expect(got, `${locale}/${ns}.json: ${key}`).toEqual(want);
          }
        });
      }
    });
  }
});
