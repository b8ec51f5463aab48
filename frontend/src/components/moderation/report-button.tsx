import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button, FormAlert, SelectField, TextAreaField } from '../ui';
import type { ReportReason } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { ReportContent } from './report-content';
import { maxReportText, reportReasons } from './reasons';
import styles from './moderation.module.css';

/**
 * "Report" and, once pressed, a small form to tell the admins what is wrong with a post,
 * comment, person or collaboration (`what` names it: "post").
 */
export function ReportButton({ targetId, what }: { targetId: string; what: string }) {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  if (sent) {
    return (
      <p className={styles.reportSent} role="status">
        Thank you: the admins will look at your report.
      </p>
    );
  }
  if (!open) {
    return (
      <Button variant="quiet" size="sm" onClick={() => setOpen(true)}>
        Report
      </Button>
    );
  }
  return <ReportForm targetId={targetId} what={what} onCancel={() => setOpen(false)} onSent={() => setSent(true)} />;
}

function ReportForm({
  targetId,
  what,
  onCancel,
  onSent,
}: {
  targetId: string;
  what: string;
  onCancel: () => void;
  onSent: () => void;
}) {
  const headingId = useId();
  const [reason, setReason] = useState<ReportReason>('SPAM');
  const [text, setText] = useState('');
  const [{ fetching }, report] = useMutation(ReportContent);
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState<{ text?: string }>();
  const server = formProblems(serverError, ['text', 'reason']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: { text?: string } = {};
    if (reason === 'OTHER' && text.trim() === '') found.text = 'Say in a few words what is wrong.';
    if (text.length > maxReportText) found.text = 'Keep it to 1,000 characters or fewer.';
    if (!check(found)) return;
    const r = await report({ input: { targetId, reason, text: text.trim() || undefined } });
    if (r.error) return fail(r.error);
    onSent();
  }

  return (
    <form
      ref={formRef}
      className={styles.reportForm}
      role="dialog"
      aria-labelledby={headingId}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3 id={headingId} className={styles.reportTitle}>
        Report this {what}
      </h3>
      <p className={styles.reportHint}>
        Only Kindred&rsquo;s admins see reports, and they do not tell anyone who reported.
      </p>
      <SelectField
        label="Reason"
        value={reason}
        onChange={(e) => setReason(e.target.value as ReportReason)}
        error={server.fields.reason}
      >
        {reportReasons.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="What is wrong"
        hint={reason === 'OTHER' ? 'Needed for “Something else”.' : 'Optional.'}
        rows={3}
        value={text}
        maxLength={maxReportText}
        onChange={(e) => {
          setText(e.target.value);
          setErrors({});
        }}
        error={errors.text ?? server.fields.text}
      />
      <FormAlert problems={server.general} title="Your report could not be sent" />
      <div className={styles.formActions}>
        <Button type="submit" size="sm" busy={fetching}>
          Send report
        </Button>
        <Button type="button" size="sm" variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
