import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, CheckboxField, FormAlert } from '../ui';
import { fieldProblems } from '../../lib/errors';
import { LinkOutcomes } from './link-outcomes';
import styles from './serves-outcomes.module.css';
import fieldStyles from '../ui/field.module.css';

export interface OutcomeChoice {
  id: string;
  name: string;
}

/** Checkboxes for the outcomes a need, commitment or contribution serves. */
export function ServesOutcomesField({
  outcomes,
  value,
  onChange,
  hint,
  error,
}: {
  outcomes: OutcomeChoice[];
  value: string[];
  onChange: (ids: string[]) => void;
  hint: string;
  error?: string;
}) {
  const { t } = useTranslation();
  if (outcomes.length === 0) return null;
  return (
    <fieldset className={styles.serves}>
      <legend>
        <Trans t={t} i18nKey="servesOutcomes.legend" components={{ muted: <span className="muted" /> }} />
      </legend>
      <p className="muted">{hint}</p>
      {outcomes.map((o) => (
        <CheckboxField
          key={o.id}
          label={o.name}
          checked={value.includes(o.id)}
          onChange={(e) => onChange(e.target.checked ? [...value, o.id] : value.filter((x) => x !== o.id))}
        />
      ))}
      {error && <p className={fieldStyles.fieldError}>{error}</p>}
    </fieldset>
  );
}

/**
 * What a need, commitment or contribution serves, and, for whoever may change it, a way
 * to change it later (one linkOutcomes call replaces the whole list).
 */
export function ServesOutcomesEditor({
  subjectId,
  what,
  outcomes,
  serves,
  canEdit,
  hint,
  onNotice,
}: {
  subjectId: string;
  /** Names the subject for screen readers, such as “the entry of 3 hours”. */
  what: string;
  outcomes: OutcomeChoice[];
  serves: OutcomeChoice[];
  canEdit: boolean;
  hint: string;
  onNotice?: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [{ fetching, error }, link] = useMutation(LinkOutcomes);
  const problems = fieldProblems(error, (f) => f === 'outcomeIds');
  if (serves.length === 0 && (!canEdit || outcomes.length === 0)) return null;

  async function save() {
    const result = await link({ input: { subjectId, outcomeIds: chosen } });
    if (result.error) return;
    setEditing(false);
    const names = result.data?.linkOutcomes.serves.map((o) => o.name) ?? [];
    onNotice?.(
      names.length > 0 ? t('servesOutcomes.nowServes', { names: names.join(', ') }) : t('servesOutcomes.nowServesNone'),
    );
  }

  return (
    <div>
      <p className={styles.editor}>
        <span className="muted">
          {serves.length > 0
            ? t('servesOutcomes.serves', { names: serves.map((o) => o.name).join(', ') })
            : t('servesOutcomes.servesNone')}
        </span>
        {canEdit && !editing && (
          <Button
            size="sm"
            variant="quiet"
            onClick={() => {
              setChosen(serves.map((o) => o.id));
              setEditing(true);
            }}
          >
            <Trans
              t={t}
              i18nKey="servesOutcomes.edit"
              values={{ what }}
              components={{ hidden: <span className="visually-hidden" /> }}
            />
          </Button>
        )}
      </p>
      {editing && (
        <div className={styles.form} role="group" aria-label={t('servesOutcomes.group', { what })}>
          <ServesOutcomesField
            outcomes={outcomes}
            value={chosen}
            onChange={setChosen}
            hint={hint}
            error={problems.fields.outcomeIds}
          />
          <FormAlert problems={problems.general} />
          <div className={fieldStyles.formActions}>
            <Button size="sm" busy={fetching} onClick={() => void save()}>
              {t('servesOutcomes.save')}
            </Button>
            <Button size="sm" variant="quiet" onClick={() => setEditing(false)}>
              {t('actions.cancel')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
