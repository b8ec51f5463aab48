import { Trans, useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { TFunction } from 'i18next';
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

function targetLabels(t: TFunction<'moderation'>): Record<string, string> {
  return {
    POST: t('report.target.post'),
    COMMENT: t('report.target.comment'),
    PERSON: t('report.target.person'),
    COLLABORATION: t('report.target.collaboration'),
  };
}

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
  const { t } = useTranslation('moderation');
  const r = getFragmentData(ReportItem_report, report);
  const targetLabel = targetLabels(t);
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
      aria-label={t('report.label', {
        target: targetLabel[r.targetType]?.toLowerCase(),
        reason: reasonLabel(r.reason),
      })}
    >
      <p className={styles.reportHead}>
        <Badge>{targetLabel[r.targetType]}</Badge>
        <strong>{reasonLabel(r.reason)}</strong>
        {r.openReportsOfTarget > 1 && (
          <span className={styles.reportCount}>{t('report.openOfThis', { count: r.openReportsOfTarget })}</span>
        )}
      </p>
      <blockquote className={styles.preview}>
        <Link to={r.targetPath}>{r.targetPreview || t('report.empty')}</Link>
        {r.collaboration && (
          <span className={styles.previewWhere}> {t('report.in', { title: r.collaboration.title })}</span>
        )}
      </blockquote>
      {r.text && <p className={styles.reportText}>“{r.text}”</p>}
      <p className={styles.reportMeta}>
        {r.reporter ? (
          <Trans
            t={t}
            i18nKey="report.reportedBy"
            values={{ name: r.reporter.displayName, date: formatDateTime(r.createdAt) }}
            components={{
              person: <Link to={paths.person(r.reporter.handle)} />,
              time: <time dateTime={r.createdAt} />,
            }}
          />
        ) : (
          <Trans
            t={t}
            i18nKey="report.reportedByFormer"
            values={{ date: formatDateTime(r.createdAt) }}
            components={{ time: <time dateTime={r.createdAt} /> }}
          />
        )}
        {subject && (
          <>
            {' '}
            <Trans
              t={t}
              i18nKey="report.about"
              values={{ handle: subject.handle }}
              components={{ a: <Link to={paths.person(subject.handle)} /> }}
            />
          </>
        )}
      </p>
      {r.status !== 'OPEN' && (
        <p className={styles.reportMeta}>{closedWords(r.status, r.closedAt, r.closingNote, t)}</p>
      )}
      {subject?.suspension && (
        <p className={styles.suspended}>
          {t('report.suspended', {
            handle: subject.handle,
            date: formatDateTime(subject.suspension.suspendedAt),
            reason: subject.suspension.reason,
          })}
        </p>
      )}
      <div className={styles.reportActions}>
        {r.status === 'OPEN' && (
          <>
            <Button size="sm" busy={fetching} onClick={() => void close('RESOLVED')}>
              {t('report.resolve')}
            </Button>
            <Button size="sm" variant="secondary" busy={fetching} onClick={() => void close('DISMISSED')}>
              {t('report.dismiss')}
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
      <FormAlert problems={formProblems(error, []).general} title={t('report.closeError')} />
    </Card>
  );
}

/** How a closed report was closed: resolved or dismissed, when, and the note left. */
function closedWords(
  status: ReportStatus,
  closedAt: string | null | undefined,
  note: string | null | undefined,
  t: TFunction<'moderation'>,
): string {
  const resolved = status === 'RESOLVED';
  const how = closedAt
    ? resolved
      ? t('report.resolvedOn', { date: formatDateTime(closedAt) })
      : t('report.dismissedOn', { date: formatDateTime(closedAt) })
    : resolved
      ? t('report.resolved')
      : t('report.dismissed');
  return note ? t('report.withNote', { how, note }) : how;
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
  const { t } = useTranslation('moderation');
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
          {t('account.restore', { handle })}
        </Button>
        <FormAlert problems={formProblems(restoreError, []).general} title={t('account.restoreError')} />
      </>
    );
  }
  if (!open) {
    return (
      <Button size="sm" variant="danger" onClick={() => setOpen(true)}>
        {t('account.suspendHandle', { handle })}
      </Button>
    );
  }
  async function submit(e: FormEvent) {
    e.preventDefault();
    const why = reason.trim();
    if (!check(why.length < 3 ? { reason: t('account.reasonRequired') } : {})) return;
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
      aria-label={t('account.suspendHandle', { handle })}
    >
      <TextField
        label={t('account.reasonLabel')}
        hint={t('account.reasonHint')}
        value={reason}
        maxLength={500}
        onChange={(e) => {
          setReason(e.target.value);
          setErrors({});
        }}
        error={errors.reason ?? server.fields.reason}
      />
      <FormAlert problems={server.general} title={t('account.suspendError')} />
      <div className={styles.formActions}>
        <Button type="submit" size="sm" variant="danger" busy={suspending}>
          {t('account.suspend')}
        </Button>
        <Button type="button" size="sm" variant="quiet" onClick={() => setOpen(false)}>
          {t('account.cancel')}
        </Button>
      </div>
    </form>
  );
}
