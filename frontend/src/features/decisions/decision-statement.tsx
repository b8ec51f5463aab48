import { Trans, useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Button, FormAlert, TextAreaField, TextField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { decisionPaths } from '../../lib/paths';
import { formatDate, formatDateTimeLong, formatNumber } from '../../lib/format';
import { StateDecision } from './api/state-decision';
import styles from './decision-statement.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const maxStatement = 5000;

export interface Statement {
  decisionStatement?: string | null;
  decisionStatedAt?: string | null;
  reviewAt?: string | null;
  decisionStatedBy?: { handle: string; displayName: string } | null;
}

/** A review date typed as YYYY-MM-DD, as the start of that day in the person's time zone. */
function reviewDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T09:00`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * What a closed proposal decided, in its author's or a steward's words, and when it is to
 * be reviewed; for them, a form to state or revise it.
 */
export function DecisionStatement({
  proposalId,
  s,
  canState,
}: {
  proposalId: string;
  s: Statement;
  canState: boolean;
}) {
  const { t } = useTranslation('decisions');
  const [editing, setEditing] = useState(false);
  const stated = !!s.decisionStatement;
  const by = s.decisionStatedBy;
  const at = s.decisionStatedAt;
  const statedComponents = {
    person: by ? <Link to={decisionPaths.person(by.handle)} /> : <></>,
    time: at ? <time dateTime={at} /> : <></>,
  };
  const statedValues = { name: by?.displayName ?? '', when: at ? formatDateTimeLong(at) : '' };
  return (
    <section className={`${cardStyles.card} ${styles.decision}`} aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('statement.heading')}</h2>
      {stated ? (
        <>
          <p className={styles.decisionText}>{s.decisionStatement}</p>
          <p className={styles.decisionMeta}>
            {by && at ? (
              <Trans t={t} i18nKey="statement.statedByOn" values={statedValues} components={statedComponents} />
            ) : by ? (
              <Trans t={t} i18nKey="statement.statedBy" values={statedValues} components={statedComponents} />
            ) : at ? (
              <Trans t={t} i18nKey="statement.statedOn" values={statedValues} components={statedComponents} />
            ) : (
              t('statement.stated')
            )}
            {s.reviewAt && (
              <>
                {' '}
                <Trans
                  t={t}
                  i18nKey="statement.review"
                  values={{ date: formatDate(s.reviewAt) }}
                  components={{ time: <time dateTime={s.reviewAt} /> }}
                />
              </>
            )}
          </p>
        </>
      ) : (
        <p className="muted">{canState ? t('statement.ask') : t('statement.none')}</p>
      )}
      {canState &&
        (editing || !stated ? (
          <StatementForm proposalId={proposalId} initial={s.decisionStatement ?? ''} onDone={() => setEditing(false)} />
        ) : (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('statement.revise')}
          </Button>
        ))}
    </section>
  );
}

function StatementForm({ proposalId, initial, onDone }: { proposalId: string; initial: string; onDone: () => void }) {
  const { t } = useTranslation('decisions');
  const [text, setText] = useState(initial);
  const [review, setReview] = useState('');
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState<{
    statement?: string;
    reviewAt?: string;
  }>();
  const [{ fetching }, state] = useMutation(StateDecision);
  const server = formProblems(serverError, ['statement', 'reviewAt']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = text.trim();
    const at = review ? reviewDate(review) : null;
    const found: { statement?: string; reviewAt?: string } = {};
    if (body === '') found.statement = t('statement.errors.empty');
    else if (body.length > maxStatement)
      found.statement = t('statement.errors.tooLong', { max: formatNumber(maxStatement) });
    if (review && !at) found.reviewAt = t('statement.errors.date');
    else if (at && at.getTime() <= Date.now()) found.reviewAt = t('statement.errors.past');
    if (!check(found)) return;
    const result = await state({ input: { proposalId, statement: body, reviewAt: at ? at.toISOString() : null } });
    if (result.error || !result.data) return fail(result.error);
    onDone();
  }

  return (
    <form
      ref={formRef}
      className={fieldStyles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('statement.formLabel')}
    >
      <TextAreaField
        label={t('statement.field')}
        rows={4}
        value={text}
        maxLength={maxStatement}
        onChange={(e) => {
          setText(e.target.value);
          setErrors({});
        }}
        error={errors.statement ?? server.fields.statement}
        required
      />
      <TextField
        label={t('statement.reviewOn')}
        type="date"
        optional
        hint={t('statement.reviewHint')}
        value={review}
        onChange={(e) => {
          setReview(e.target.value);
          setErrors({});
        }}
        error={errors.reviewAt ?? server.fields.reviewAt}
      />
      <FormAlert problems={server.general} title={t('statement.failed')} />
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={fetching}>
          {t('statement.save')}
        </Button>
      </div>
    </form>
  );
}
