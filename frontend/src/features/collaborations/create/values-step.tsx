import { useTranslation } from 'react-i18next';
import { ValueWeightsEditor } from '../value-weights-editor';
import type { StepProps } from './goal-step';

export function ValuesStep({ draft, dispatch, errors }: StepProps) {
  const { t } = useTranslation('collaborations');
  return (
    <>
      <p className="muted">{t('create.valuesIntro')}</p>
      <ValueWeightsEditor
        values={draft.values}
        onChange={(values) => dispatch({ type: 'set', change: { values } })}
        error={errors.values ?? errors['values.weight'] ?? errors['values.valueId']}
      />
    </>
  );
}
