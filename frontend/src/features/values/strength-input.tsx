import { useId } from 'react';
import { FieldError } from '../../components/ui';
import { maxStrength, minStrength, strengthWords } from './value-selection';

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
  const id = useId();
  return (
    <fieldset
      className="strength-input"
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="field__label">
        How strongly do you hold {valueName.toLowerCase()}?
      </legend>
      <div className="strength-input__options">
        {levels.map((n) => (
          <label key={n} className="strength-input__option">
            <input
              type="radio"
              name={`${id}-strength`}
              value={n}
              checked={strength === n}
              onChange={() => onChange(n)}
            />
            <span className="strength-input__number" aria-hidden="true">
              {n}
            </span>
            <span className="visually-hidden">
              {n}: {strengthWords[n]}
            </span>
          </label>
        ))}
      </div>
      <p className="strength-input__words" aria-hidden="true">
        {strength}: {strengthWords[strength]}
      </p>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </fieldset>
  );
}
