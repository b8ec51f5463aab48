import { Button, FieldError, TextAreaField } from '../../components/ui';
import { StrengthInput } from './strength-input';
import { statementMax, type ChosenValue } from './value-selection';
import styles from './chosen-value-editor.module.css';
import cardStyles from '../../components/ui/card.module.css';

/** Problems the server found with one chosen value. */
export interface ChosenValueErrors {
  strength?: string;
  statement?: string;
  general?: string;
}

/** One chosen value: how strongly it is held, why, and a way to remove it. */
export function ChosenValueEditor({
  chosen,
  errors,
  onStrength,
  onStatement,
  onRemove,
}: {
  chosen: ChosenValue;
  errors?: ChosenValueErrors;
  onStrength: (strength: number) => void;
  onStatement: (statement: string) => void;
  onRemove: () => void;
}) {
  const headingId = `chosen-${chosen.valueId}`;
  return (
    <li className={`${cardStyles.card} ${styles.chosen}`}>
      <div className={styles.chosenHead}>
        <h3 id={headingId}>{chosen.name}</h3>
        <Button variant="quiet" size="sm" onClick={onRemove}>
          Remove{' '}<span className="visually-hidden">{chosen.name}</span>
        </Button>
      </div>
      <p className={styles.chosenDescription}>{chosen.description}</p>
      <StrengthInput
        valueName={chosen.name}
        strength={chosen.strength}
        onChange={onStrength}
        error={errors?.strength}
      />
      <TextAreaField
        label={`Why does ${chosen.name.toLowerCase()} matter to you?`}
        optional
        hint="A sentence or two in your own words. Others see it on your page."
        rows={3}
        maxLength={statementMax}
        value={chosen.statement}
        onChange={(e) => onStatement(e.target.value)}
        error={errors?.statement}
      />
      <FieldError id={`${headingId}-error`}>{errors?.general}</FieldError>
    </li>
  );
}
