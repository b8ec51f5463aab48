import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, FormAlert, SelectField, TextAreaField } from '../ui';
import type { ReportReason } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { useFormState } from '../../lib/forms';
import { ReportContent } from './report-content';
import { maxReportText, reportReasons } from './reasons';
import styles from './moderation.module.css';

/** What can be reported; each has its own sentence, since articles and genders differ between languages. */
export type Reportable = 'post' | 'comment' | 'person' | 'collaboration';

/**
 * "Report" and, once pressed, a small form to tell the admins what is wrong with a post,
 * comment, person or collaboration (`what` names it: "post").
 */
export function ReportButton({ targetId, what }: { targetId: string; what: Reportable }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  if (sent) {
    return (
      <p className={styles.reportSent} role="status">
        {t('reportButton.sent')}
      </p>
    );
  }
  if (!open) {
    return (
      <Button variant="quiet" size="sm" onClick={() => setOpen(true)}>
        {t('reportButton.report')}
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
  what: Reportable;
  onCancel: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const titles: Record<Reportable, string> = {
    post: t('reportButton.title.post'),
    comment: t('reportButton.title.comment'),
    person: t('reportButton.title.person'),
    collaboration: t('reportButton.title.collaboration'),
  };
  const [reason, setReason] = useState<ReportReason>('SPAM');
  const [text, setText] = useState('');
  const [{ fetching }, report] = useMutation(ReportContent);
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState<{ text?: string }>();
  const server = formProblems(serverError, ['text', 'reason']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: { text?: string } = {};
    if (reason === 'OTHER' && text.trim() === '') found.text = t('reportButton.textNeeded');
    if (text.length > maxReportText) found.text = t('reportButton.textTooLong', { max: formatNumber(maxReportText) });
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
        {titles[what]}
      </h3>
      <p className={styles.reportHint}>{t('reportButton.hint')}</p>
      <SelectField
        label={t('reportButton.reason')}
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
        label={t('reportButton.text')}
        hint={reason === 'OTHER' ? t('reportButton.textHintOther') : t('reportButton.textHintOptional')}
        rows={3}
        value={text}
        maxLength={maxReportText}
        onChange={(e) => {
          setText(e.target.value);
          setErrors({});
        }}
        error={errors.text ?? server.fields.text}
      />
      <FormAlert problems={server.general} title={t('reportButton.failed')} />
      <div className={styles.formActions}>
        <Button type="submit" size="sm" busy={fetching}>
          {t('reportButton.send')}
        </Button>
        <Button type="button" size="sm" variant="quiet" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
