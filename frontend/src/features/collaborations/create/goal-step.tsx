import { TextAreaField, TextField } from '../../../components/ui';
import { goalMax, titleMax, type CreateDraft, type DraftAction } from './draft';

export function GoalStep({ draft, dispatch, errors }: StepProps) {
  return (
    <>
      <TextField
        label="Title"
        value={draft.title}
        maxLength={titleMax}
        onChange={(e) => dispatch({ type: 'set', change: { title: e.target.value } })}
        hint="A name others will recognise, such as “Noord Community Fridge”."
        error={errors.title}
      />
      <TextAreaField
        label="The shared goal"
        rows={5}
        maxLength={goalMax}
        value={draft.goal}
        onChange={(e) => dispatch({ type: 'set', change: { goal: e.target.value } })}
        hint="What you want to achieve together that none of you could alone. Be concrete: what, for whom, by when."
        error={errors.goal}
      />
    </>
  );
}

export interface StepProps {
  draft: CreateDraft;
  dispatch: (action: DraftAction) => void;
  errors: Record<string, string>;
}
