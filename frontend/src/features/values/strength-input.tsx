import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import { FieldError } from '../../components/ui';
import { maxStrength, minStrength, strengthWord } from './value-selection';
import strengthStyles from '../../components/strength.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const levels = Array.from({ length: maxStrength - minStrength + 1 }, (_, i) => minStrength + i);

/** Five radio buttons for how strongly a value is held, with words for each step. */
export function StrengthInput({
  valueName,
  strength,
  onChange,
  error,
}: {
  valueName: string;
  strength: number;
  onChange: (strength: number) => void;
  error?: string;
}) {
  const { t } = useTranslation('values');
  const id = useId();
  return (
    <fieldset className={strengthStyles.strengthInput} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={fieldStyles.fieldLabel}>
        {t('strengthInput.legend', { value: valueName.toLowerCase() })}
      </legend>
      <div className={strengthStyles.strengthInputOptions}>
        {levels.map((n) => (
          <label key={n} className={strengthStyles.strengthInputOption}>
            <input
              type="radio"
              name={`${id}-strength`}
              value={n}
              checked={strength === n}
              onChange={() => onChange(n)}
            />
            <span className={strengthStyles.strengthInputNumber} aria-hidden="true">
              {n}
            </span>
            <span className="visually-hidden">
              {n}: {strengthWord(n)}
            </span>
          </label>
        ))}
      </div>
      <p className={strengthStyles.strengthInputWords} aria-hidden="true">
        {strength}: {strengthWord(strength)}
      </p>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </fieldset>
  );
}
