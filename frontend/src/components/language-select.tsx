import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { currentLocale, isLocale, localeNames, locales, setLocale } from '../lib/i18n';
import { useSession } from '../lib/session';

const SetLocale = graphql(`
  mutation SetLocale($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      person {
        id
        locale
      }
    }
  }
`);

/**
 * Chooses the app's language. Each language is named in itself, so a person who cannot read
 * the current one still finds their own. A signed-in person's choice is kept as their
 * setting, so it follows them to other devices.
 */
export function LanguageSelect({ className }: { className?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { viewer } = useSession();
  const [, save] = useMutation(SetLocale);
  return (
    <span className={className}>
      <label htmlFor={id}>{t('language.label')}</label>{' '}
      <select
        id={id}
        value={currentLocale()}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          void setLocale(next).then(() => (viewer ? save({ input: { locale: next } }) : undefined));
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
