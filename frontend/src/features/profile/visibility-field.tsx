import { useId } from 'react';
import { FieldError } from '../../components/ui';
import type { Visibility } from '../../gql/graphql';
import fieldStyles from '../../components/ui/field.module.css';

const options: { value: Visibility; label: string; hint: string }[] = [
  { value: 'PUBLIC', label: 'Everyone', hint: 'Anyone can see your page, and you appear in discovery.' },
  { value: 'MEMBERS', label: 'Members', hint: 'Only people signed in to Kindred can see your page.' },
  { value: 'PRIVATE', label: 'Only me', hint: 'No one else sees your page; you never appear in discovery.' },
];

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
  const id = useId();
  return (
    <fieldset className={`${fieldStyles.field} ${fieldStyles.choiceGroup}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={fieldStyles.fieldLabel}>Who can see your page</legend>
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
