import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Button, FormAlert, TextAreaField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { InvitationNeedField, type InvitationNeedOption } from './invitation-need-field';
import { InviteByEmail } from './api/invitation-links';
import styles from './email-invitation-form.module.css';

/** The most addresses one invitation may name, as the server allows. */
export const maxEmailsAtOnce = 50;
const maxMessage = 1000;

/** The addresses in what a person typed: separated by commas, semicolons, spaces or lines. */
export function splitEmails(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

type Sent = { mailed: string[]; invited: { handle: string; displayName: string }[] };

const fields = ['emails', 'needId', 'message'] as const;

/**
 * Invite people by email address (stewards): a newcomer gets a mail with a link bound to
 * their address; someone already on Kindred gets the invitation in the app.
 */
export function EmailInvitationForm({
  collaborationId,
  needs,
  onSent,
}: {
  collaborationId: string;
  needs: readonly InvitationNeedOption[];
  onSent: () => void;
}) {
  const { t } = useTranslation('collaborations');
  const [emails, setEmails] = useState('');
  const [needId, setNeedId] = useState('');
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState<Sent>();
  const { errors, serverError, formRef, check, fail } = useFormState();
  const [{ fetching }, invite] = useMutation(InviteByEmail);
  const server = formProblems(serverError, fields);
  const problems = { ...server.fields, ...errors };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSent(undefined);
    const list = splitEmails(emails);
    const found: Record<string, string> = {};
    if (list.length === 0) found.emails = t('emailInvite.none');
    else if (list.length > maxEmailsAtOnce)
      found.emails = t('emailInvite.tooMany', { max: maxEmailsAtOnce, n: list.length });
    if (message.trim().length > maxMessage) found.message = t('emailInvite.messageTooLong', { max: maxMessage });
    if (!check(found)) return;
    const result = await invite({
      input: { collaborationId, emails: list, needId: needId || null, message: message.trim() || null },
    });
    if (result.error) return fail(result.error);
    const got = result.data?.inviteByEmail;
    if (!got) return;
    setSent({
      mailed: got.mailed.map((l) => l.email ?? ''),
      invited: got.invited.flatMap((m) => (m.person ? [m.person] : [])),
    });
    setEmails('');
    setMessage('');
    onSent();
  }

  return (
    <form
      ref={formRef}
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('emailInvite.label')}
    >
      <TextAreaField
        label={t('emailInvite.emails')}
        hint={t('emailInvite.emailsHint', { max: maxEmailsAtOnce })}
        rows={3}
        value={emails}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setEmails(e.target.value)}
        error={problems.emails}
      />
      <InvitationNeedField needs={needs} value={needId} onChange={setNeedId} error={problems.needId} />
      <TextAreaField
        label={t('emailInvite.message')}
        optional
        hint={t('emailInvite.messageHint')}
        rows={3}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        error={problems.message}
      />
      <FormAlert problems={server.general} />
      <div>
        <Button type="submit" busy={fetching}>
          {t('emailInvite.send')}
        </Button>
      </div>
      {sent && (
        <div className={styles.sent} role="status">
          {sent.mailed.length > 0 && (
            <p>{t('emailInvite.mailed', { count: sent.mailed.length, emails: sent.mailed.join(', ') })}</p>
          )}
          {sent.invited.length > 0 && (
            <p>
              <Trans
                t={t}
                i18nKey="emailInvite.invited"
                components={{
                  people: (
                    <>
                      {sent.invited.map((p, i) => (
                        <span key={p.handle}>
                          {i > 0 && ', '}
                          <Link to={paths.person(p.handle)}>{p.displayName}</Link>
                        </span>
                      ))}
                    </>
                  ),
                }}
              />
            </p>
          )}
        </div>
      )}
    </form>
  );
}
