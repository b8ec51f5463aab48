import { errorsUnder } from '../../../lib/errors';
import { CommitmentFields } from '../commitment-fields';
import { needOptions } from './draft';
import type { StepProps } from './goal-step';

export function CommitmentStep({ draft, dispatch, errors }: StepProps) {
  return (
    <>
      <p className="muted">
        Nobody starts a collaboration without committing to it, you included. Say what you will give; you become its
        first steward.
      </p>
      <CommitmentFields
        legend="What you commit"
        draft={draft.commitment}
        needs={needOptions(draft)}
        onChange={(change) => dispatch({ type: 'changeCommitment', change })}
        errors={errorsUnder(errors, 'commitment')}
      />
    </>
  );
}
