import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Badge, Button, Card, FormAlert, TextField } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ReportStatus } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useFormState } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { ResolveReport } from './api/resolve-report';
import { RestoreAccount, SuspendAccount } from './api/suspend-account';
import { reasonLabel } from '../../components/moderation/reasons';
import styles from './moderation.module.css';

export const ReportItem_report = graphql(`
  fragment ReportItem_report on Report {
    id
    targetType
    targetPreview
    targetPath
    reason
    text
    status
    openReportsOfTarget
    createdAt
    closedAt
    closingNote
    reporter {
      handle
      displayName
    }
    subject {
      id
      handle
      displayName
      role
      suspension {
        reason
        suspendedAt
      }
    }
    collaboration {
      title
    }
  }
`);

const targetLabel: Record<string, string> = {
  POST: 'Post',
  COMMENT: 'Comment',
  PERSON: 'Person',
  COLLABORATION: 'Collaboration',
};

/**
 * One report in the admins' queue: what is reported (a preview and a link), why and by
 * whom, how many reports its target has; for an open one, resolve or dismiss it, and
 * suspend or restore the account it is about.
 */
export function ReportItem({
  report,
  onChange,
}: {
  report: FragmentType<typeof ReportItem_report>;
  onChange: () => void;
}) {
  const r = getFragmentData(ReportItem_report, report);
  const [{ fetching, error }, resolve] = useMutation(ResolveReport);
  const close = async (status: ReportStatus) => {
    const res = await resolve({ input: { reportId: r.id, status } });
    if (!res.error) onChange();
  };
  const subject = r.subject;
  return (
    <Card
      as="li"
      className={styles.report}
      aria-label={`Report of a ${targetLabel[r.targetType]?.toLowerCase()}: ${reasonLabel(r.reason)}`}
    >
      <p className={styles.reportHead}>
        <Badge>{targetLabel[r.targetType]}</Badge>
        <strong>{reasonLabel(r.reason)}</strong>
        {r.openReportsOfTarget > 1 && (
          <span className={styles.reportCount}>{r.openReportsOfTarget} open reports of this</span>
        )}
      </p>
      <blockquote className={styles.preview}>
        <Link to={r.targetPath}>{r.targetPreview || '(empty)'}</Link>
        {r.collaboration && <span className={styles.previewWhere}> in {r.collaboration.title}</span>}
      </blockquote>
      {r.text && <p className={styles.reportText}>“{r.text}”</p>}
      <p className={styles.reportMeta}>
        Reported by{' '}
        {r.reporter ? <Link to={paths.person(r.reporter.handle)}>{r.reporter.displayName}</Link> : 'a former member'} on{' '}
        <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
        {subject && (
          <>
            {' '}
            · about <Link to={paths.person(subject.handle)}>@{subject.handle}</Link>
          </>
        )}
      </p>
      {r.status !== 'OPEN' && (
        <p className={styles.reportMeta}>
          {r.status === 'RESOLVED' ? 'Resolved' : 'Dismissed'}
          {r.closedAt && <> on {formatDateTime(r.closedAt)}</>}
          {r.closingNote && <>: {r.closingNote}</>}
        </p>
      )}
      {subject?.suspension && (
        <p className={styles.suspended}>
          @{subject.handle} is suspended since {formatDateTime(subject.suspension.suspendedAt)}:{' '}
          {subject.suspension.reason}
        </p>
      )}
      <div className={styles.reportActions}>
        {r.status === 'OPEN' && (
          <>
            <Button size="sm" busy={fetching} onClick={() => void close('RESOLVED')}>
              Resolve
            </Button>
            <Button size="sm" variant="secondary" busy={fetching} onClick={() => void close('DISMISSED')}>
              Dismiss
            </Button>
          </>
        )}
        {subject && subject.role !== 'ADMIN' && (
          <AccountControl
            personId={subject.id}
            handle={subject.handle}
            suspended={!!subject.suspension}
            onChange={onChange}
          />
        )}
      </div>
      <FormAlert problems={formProblems(error, []).general} title="The report could not be closed" />
    </Card>
  );
}

/** Suspend an account with a reason, or restore a suspended one. */
function AccountControl({
  personId,
  handle,
  suspended,
  onChange,
}: {
  personId: string;
  handle: string;
  suspended: boolean;
  onChange: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [{ fetching: suspending }, suspend] = useMutation(SuspendAccount);
  const [{ fetching: restoring, error: restoreError }, restore] = useMutation(RestoreAccount);
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState<{ reason?: string }>();
  const server = formProblems(serverError, ['reason']);
  if (suspended) {
    return (
      <>
        <Button
          size="sm"
          variant="secondary"
          busy={restoring}
          onClick={() =>
            void restore({ input: { personId } }).then((r) => {
              if (!r.error) onChange();
            })
          }
        >
          Restore @{handle}
        </Button>
        <FormAlert problems={formProblems(restoreError, []).general} title="The account could not be restored" />
      </>
    );
  }
  if (!open) {
    return (
      <Button size="sm" variant="danger" onClick={() => setOpen(true)}>
        Suspend @{handle}
      </Button>
    );
  }
  async function submit(e: FormEvent) {
    e.preventDefault();
    const why = reason.trim();
    if (!check(why.length < 3 ? { reason: 'Say why, in a few words; it stays with the account.' } : {})) return;
    const r = await suspend({ input: { personId, reason: why } });
    if (r.error) return fail(r.error);
    setOpen(false);
    onChange();
  }
  return (
    <form
      ref={formRef}
      className={styles.hideForm}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={`Suspend @${handle}`}
    >
      <TextField
        label="Why suspend this account"
        hint="They are signed out at once and cannot log in until restored."
        value={reason}
        maxLength={500}
        onChange={(e) => {
          setReason(e.target.value);
          setErrors({});
        }}
        error={errors.reason ?? server.fields.reason}
      />
      <FormAlert problems={server.general} title="The account could not be suspended" />
      <div className={styles.formActions}>
        <Button type="submit" size="sm" variant="danger" busy={suspending}>
          Suspend account
        </Button>
        <Button type="button" size="sm" variant="quiet" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
