import { useTranslation } from 'react-i18next';
import { Button, EmptyState } from '../../../components/ui';
import { errorsUnder } from '../../../lib/errors';
import { NeedFields } from '../../../components/need-fields';
import { maxNeeds } from './draft';
import type { StepProps } from './goal-step';
import shared from '../collaborations.module.css';
import styles from './needs-step.module.css';
import cardStyles from '../../../components/ui/card.module.css';

export function NeedsStep({ draft, dispatch, errors }: StepProps) {
  const { t } = useTranslation('collaborations');
  return (
    <>
      <p className="muted">{t('create.needsIntro')}</p>
      {draft.needs.length === 0 ? (
        <EmptyState title={t('create.noNeeds')}>{t('create.noNeedsHint')}</EmptyState>
      ) : (
        <ol className={styles.needDrafts}>
          {draft.needs.map((n, i) => (
            <li key={i}>
              <fieldset className={`${cardStyles.card} ${shared.needDraft}`}>
                <legend className={shared.commitmentFieldsLegend}>{t('create.needN', { n: i + 1 })}</legend>
                <NeedFields
                  draft={n}
                  onChange={(change) => dispatch({ type: 'changeNeed', index: i, change })}
                  errors={errorsUnder(errors, `needs.${i}`)}
                />
                <div>
                  <Button variant="quiet" size="sm" onClick={() => dispatch({ type: 'removeNeed', index: i })}>
                    {t('create.removeNeed', { n: i + 1 })}
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
            {draft.needs.length === 0 ? t('needList.add') : t('create.addAnotherNeed')}
          </Button>
        </div>
      )}
    </>
  );
}
