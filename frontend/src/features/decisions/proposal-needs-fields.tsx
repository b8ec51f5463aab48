import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui';
import { errorsUnder } from '../../lib/errors';
import { NeedFields } from '../../components/need-fields';
import { emptyNeed, type NeedDraft } from '../../lib/need-draft';
import fieldStyles from '../../components/ui/field.module.css';
import cardStyles from '../../components/ui/card.module.css';
import styles from './proposal-needs.module.css';

/** The server's limit on the needs of one proposal. */
export const maxProposalNeeds = 10;

/**
 * What a proposal needs to be carried out (optional): members pledge toward each while it
 * is open, and it is adopted only if the pledges cover them.
 */
export function ProposalNeedsFields({
  needs,
  onChange,
  errors,
}: {
  needs: NeedDraft[];
  onChange: (needs: NeedDraft[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('decisions');
  return (
    <fieldset className={`${fieldStyles.field} ${styles.needs}`}>
      <legend className={fieldStyles.fieldLabel}>{t('needsFields.legend')}</legend>
      <p className={fieldStyles.fieldHint}>{t('needsFields.hint')}</p>
      {needs.map((n, i) => (
        <fieldset key={i} className={`${cardStyles.card} ${styles.need}`}>
          <legend>{t('needsFields.need', { n: i + 1 })}</legend>
          <NeedFields
            draft={n}
            onChange={(change) => onChange(needs.map((d, j) => (j === i ? { ...d, ...change } : d)))}
            errors={errorsUnder(errors, `needs.${i}`)}
          />
          <div>
            <Button variant="quiet" size="sm" onClick={() => onChange(needs.filter((_, j) => j !== i))}>
              {t('needsFields.remove', { n: i + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      {needs.length < maxProposalNeeds && (
        <div>
          <Button variant="secondary" size="sm" onClick={() => onChange([...needs, { ...emptyNeed }])}>
            {needs.length === 0 ? t('needsFields.add') : t('needsFields.addAnother')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
