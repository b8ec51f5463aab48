// Message extraction: `npm run i18n:extract` adds the keys the code uses to every locale's
// catalog (empty, for a translator to fill) and drops the keys it no longer uses;
// `npm run i18n:check` (part of npm run lint) fails when the catalogs lag the code.
export default {
  locales: ['en', 'es', 'fr', 'nl'],
  defaultNamespace: 'common',
  input: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/gql/**', '!src/test/**'],
  output: 'src/locales/$LOCALE/$NAMESPACE.json',
  lexers: { ts: ['JsxLexer'], tsx: ['JsxLexer'], default: ['JsxLexer'] },
  defaultValue: '',
  keepRemoved: false,
  createOldCatalogs: false,
  sort: true,
  indentation: 2,
  lineEnding: 'lf',
  resetDefaultValueLocale: null,
};
