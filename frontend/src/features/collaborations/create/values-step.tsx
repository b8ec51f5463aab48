import { ValueWeightsEditor } from '../value-weights-editor';
import type { StepProps } from './goal-step';

export function ValuesStep({ draft, dispatch, errors }: StepProps) {
  return (
    <>
      <p className="muted">
        People find the collaboration by the values it serves. Give each a weight from 1 (a little) to 5 (above all).
      </p>
      <ValueWeightsEditor
        values={draft.values}
        onChange={(values) => dispatch({ type: 'set', change: { values } })}
        error={errors.values ?? errors['values.weight'] ?? errors['values.valueId']}
      />
    </>
  );
}
