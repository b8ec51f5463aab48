import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { ServesOutcomesField } from '../../components/outcome-links/serves-outcomes';
import { Button, FormAlert } from '../../components/ui';
import { errorsUnder, fieldProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { AddNeed } from './api/add-need';
import { checkNeed, emptyNeed, needInput, type NeedDraft } from '../../lib/need-draft';
import { NeedFields } from '../../components/need-fields';
import needStyles from '../../components/need.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

/** A steward adds an open need to the collaboration. */
export function AddNeedForm({
  collaborationId,
  outcomes = [],
  onClose,
}: {
  collaborationId: string;
  /** The collaboration's outcomes the need may serve. */
  outcomes?: { id: string; name: string }[];
  onClose: (message?: string) => void;
}) {
  const { t } = useTranslation('collaborations');
  const [draft, setDraft] = useState<NeedDraft>(emptyNeed);
  const [serves, setServes] = useState<string[]>([]);
  const { errors, setErrors, serverError, formRef: ref, check, fail } = useFormState();
  const [{ fetching }, add] = useMutation(AddNeed);
  const server = fieldProblems(serverError, (f) => f.startsWith('need.') || f === 'servesOutcomeIds');
  const shown = { ...errorsUnder(server.fields, 'need'), ...errors };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = checkNeed(draft);
    if (!check(found)) return;
    const linked = serves.length > 0 ? { servesOutcomeIds: serves } : {};
    const result = await add({ input: { collaborationId, need: needInput(draft), ...linked } });
    if (result.error) return fail(result.error);
    onClose(t('addNeed.added'));
  }

  return (
    <form
      ref={ref}
      className={`${fieldStyles.form} ${cardStyles.card} ${needStyles.needForm} ${needStyles.needFormNew}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('addNeed.heading')}
    >
      <h3>{t('addNeed.heading')}</h3>
      <NeedFields
        draft={draft}
        onChange={(change) => {
          setDraft((d) => ({ ...d, ...change }));
          setErrors({});
        }}
        errors={shown}
      />
      <ServesOutcomesField
        outcomes={outcomes}
        value={serves}
        onChange={setServes}
        hint={t('needItem.servesHint')}
        error={server.fields.servesOutcomeIds}
      />
      <FormAlert problems={server.general} />
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={fetching}>
          {t('addNeed.submit')}
        </Button>
        <Button variant="quiet" onClick={() => onClose()}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
