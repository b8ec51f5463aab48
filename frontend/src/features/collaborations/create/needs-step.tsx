import { Button, EmptyState } from '../../../components/ui';
import { errorsUnder } from '../../../lib/errors';
import { NeedFields } from '../../../components/need-fields';
import { maxNeeds } from './draft';
import type { StepProps } from './goal-step';
import shared from '../collaborations.module.css';
import styles from './needs-step.module.css';
import cardStyles from '../../../components/ui/card.module.css';

export function NeedsStep({ draft, dispatch, errors }: StepProps) {
  return (
    <>
      <p className="muted">
        What does the collaboration lack? List it, so members can pledge toward it and stewards can find people with the
        skills. You can add needs later too.
      </p>
      {draft.needs.length === 0 ? (
        <EmptyState title="No needs listed">
          Add one for each thing you lack, such as 20 hours of design or €300 for materials.
        </EmptyState>
      ) : (
        <ol className={styles.needDrafts}>
          {draft.needs.map((n, i) => (
            <li key={i}>
              <fieldset className={`${cardStyles.card} ${shared.needDraft}`}>
                <legend className={shared.commitmentFieldsLegend}>Need {i + 1}</legend>
                <NeedFields
                  draft={n}
                  onChange={(change) => dispatch({ type: 'changeNeed', index: i, change })}
                  errors={errorsUnder(errors, `needs.${i}`)}
                />
                <div>
                  <Button variant="quiet" size="sm" onClick={() => dispatch({ type: 'removeNeed', index: i })}>
                    Remove need {i + 1}
                  </Button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      {draft.needs.length < maxNeeds && (
        <div>
          <Button variant="secondary" onClick={() => dispatch({ type: 'addNeed' })}>
            {draft.needs.length === 0 ? 'Add a need' : 'Add another need'}
          </Button>
        </div>
      )}
    </>
  );
}
