import { useTranslation } from 'react-i18next';
import { errorsUnder } from '../../../lib/errors';
import { CommitmentFields } from '../commitment-fields';
import { needOptions } from './draft';
import type { StepProps } from './goal-step';

export function CommitmentStep({ draft, dispatch, errors }: StepProps) {
  const { t } = useTranslation('collaborations');
  return (
    <>
      <p className="muted">{t('create.commitmentIntro')}</p>
      <CommitmentFields
        legend={t('create.whatYouCommit')}
        draft={draft.commitment}
        needs={needOptions(draft)}
        onChange={(change) => dispatch({ type: 'changeCommitment', change })}
        errors={errorsUnder(errors, 'commitment')}
      />
    </>
  );
}
