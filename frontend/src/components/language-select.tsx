import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, isLocale, localeNames, locales, setLocale, type Locale } from '../lib/i18n';

/**
 * Chooses the app's language. Each language is named in itself, so a person who cannot read
 * the current one still finds their own. onChosen lets a signed-in page keep the choice.
 */
export function LanguageSelect({ className, onChosen }: { className?: string; onChosen?: (l: Locale) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className={className}>
      <label htmlFor={id}>{t('language.label')}</label>{' '}
      <select
        id={id}
        value={currentLocale()}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          void setLocale(next).then(() => onChosen?.(next));
        }}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
