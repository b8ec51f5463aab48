import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../components/ui';
import { goalMax, titleMax, type CreateDraft, type DraftAction } from './draft';

export function GoalStep({ draft, dispatch, errors }: StepProps) {
  const { t } = useTranslation('collaborations');
  return (
    <>
      <TextField
        label={t('edit.titleLabel')}
        value={draft.title}
        maxLength={titleMax}
        onChange={(e) => dispatch({ type: 'set', change: { title: e.target.value } })}
        hint={t('create.titleHint')}
        error={errors.title}
      />
      <TextAreaField
        label={t('header.theSharedGoal')}
        rows={5}
        maxLength={goalMax}
        value={draft.goal}
        onChange={(e) => dispatch({ type: 'set', change: { goal: e.target.value } })}
        hint={t('create.goalHint')}
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
