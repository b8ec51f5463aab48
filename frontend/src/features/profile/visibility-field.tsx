import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import { FieldError } from '../../components/ui';
import type { Visibility } from '../../gql/graphql';
import fieldStyles from '../../components/ui/field.module.css';

/** Who may see the person's page, as three described choices. */
export function VisibilityField({
  value,
  onChange,
  error,
}: {
  value: Visibility;
  onChange: (v: Visibility) => void;
  error?: string;
}) {
  const { t } = useTranslation('profile');
  const id = useId();
  const options: { value: Visibility; label: string; hint: string }[] = [
    { value: 'PUBLIC', label: t('visibility.public'), hint: t('visibility.publicHint') },
    { value: 'MEMBERS', label: t('visibility.members'), hint: t('visibility.membersHint') },
    { value: 'PRIVATE', label: t('visibility.private'), hint: t('visibility.privateHint') },
  ];
  return (
    <fieldset
      className={`${fieldStyles.field} ${fieldStyles.choiceGroup}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className={fieldStyles.fieldLabel}>{t('visibility.legend')}</legend>
      {options.map((o) => (
        <label key={o.value} className={fieldStyles.choice}>
          <input
            type="radio"
            name="visibility"
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            aria-describedby={`${id}-${o.value}`}
          />
          <span>
            <span className={fieldStyles.choiceLabel}>{o.label}</span>
            <span className={fieldStyles.choiceHint} id={`${id}-${o.value}`}>
              {o.hint}
            </span>
          </span>
        </label>
      ))}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </fieldset>
  );
}
