import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Button, FormAlert, TextAreaField, TextField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { decisionPaths } from '../../lib/paths';
import { formatDate, formatDateTimeLong } from '../../lib/format';
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
  const [editing, setEditing] = useState(false);
  const stated = !!s.decisionStatement;
  return (
    <section className={`${cardStyles.card} ${styles.decision}`} aria-labelledby="decision-heading">
      <h2 id="decision-heading">What was decided</h2>
      {stated ? (
        <>
          <p className={styles.decisionText}>{s.decisionStatement}</p>
          <p className={styles.decisionMeta}>
            Stated
            {s.decisionStatedBy && (
              <>
                {' '}
                by <Link to={decisionPaths.person(s.decisionStatedBy.handle)}>{s.decisionStatedBy.displayName}</Link>
              </>
            )}
            {s.decisionStatedAt && (
              <>
                {' '}
                on <time dateTime={s.decisionStatedAt}>{formatDateTimeLong(s.decisionStatedAt)}</time>
              </>
            )}
            .
            {s.reviewAt && (
              <>
                {' '}
                To be reviewed on <time dateTime={s.reviewAt}>{formatDate(s.reviewAt)}</time>: the members are reminded
                then.
              </>
            )}
          </p>
        </>
      ) : (
        <p className="muted">
          {canState
            ? 'Say in a few words what was decided, so that everyone reads the same thing.'
            : 'Nobody has stated it yet.'}
        </p>
      )}
      {canState &&
        (editing || !stated ? (
          <StatementForm proposalId={proposalId} initial={s.decisionStatement ?? ''} onDone={() => setEditing(false)} />
        ) : (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Revise the statement
          </Button>
        ))}
    </section>
  );
}

function StatementForm({ proposalId, initial, onDone }: { proposalId: string; initial: string; onDone: () => void }) {
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
    if (body === '') found.statement = 'Write what was decided.';
    else if (body.length > maxStatement) found.statement = 'Keep it to 5,000 characters or fewer.';
    if (review && !at) found.reviewAt = 'Enter a date, such as 2027-03-01.';
    else if (at && at.getTime() <= Date.now()) found.reviewAt = 'Choose a date in the future, or none.';
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
      aria-label="State what was decided"
    >
      <TextAreaField
        label="Statement"
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
        label="Review on"
        type="date"
        optional
        hint="The members are reminded on this day to revisit the decision."
        value={review}
        onChange={(e) => {
          setReview(e.target.value);
          setErrors({});
        }}
        error={errors.reviewAt ?? server.fields.reviewAt}
      />
      <FormAlert problems={server.general} title="The statement could not be saved" />
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={fetching}>
          Save the statement
        </Button>
      </div>
    </form>
  );
}
