import { useTranslation } from 'react-i18next';
import { Button, FieldError, TextAreaField } from '../../components/ui';
import { valueDescription, valueName } from '../../lib/values-catalog';
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
  const { t } = useTranslation('values');
  const headingId = `chosen-${chosen.valueId}`;
  const name = valueName({ slug: chosen.slug ?? '', name: chosen.name });
  const description = valueDescription({ slug: chosen.slug ?? '', name: chosen.name, description: chosen.description });
  return (
    <li className={`${cardStyles.card} ${styles.chosen}`}>
      <div className={styles.chosenHead}>
        <h3 id={headingId}>{name}</h3>
        <Button variant="quiet" size="sm" onClick={onRemove}>
          {t('remove')} <span className="visually-hidden">{name}</span>
        </Button>
      </div>
      <p className={styles.chosenDescription}>{description}</p>
      <StrengthInput valueName={name} strength={chosen.strength} onChange={onStrength} error={errors?.strength} />
      <TextAreaField
        label={t('chosenValue.why', { value: name.toLowerCase() })}
        optional
        hint={t('chosenValue.whyHint')}
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
