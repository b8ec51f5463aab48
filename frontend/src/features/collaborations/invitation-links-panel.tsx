import { useMemo, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Badge, Button, Card, FormAlert, TextField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useFormState } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { needLabel } from '../../lib/need-draft';
import { InvitationNeedField, type InvitationNeedOption } from './invitation-need-field';
import { EmailInvitationForm } from './email-invitation-form';
import { CreateInvitationLink, GetInvitationLinks, RevokeInvitationLink } from './api/invitation-links';
import styles from './invitation-links-panel.module.css';

const statusWords = (t: TFunction<'collaborations'>) =>
  ({
    ACTIVE: [t('links.status.open'), 'success'],
    EXPIRED: [t('links.status.expired'), 'neutral'],
    REVOKED: [t('links.status.withdrawn'), 'neutral'],
    USED_UP: [t('links.status.usedUp'), 'warning'],
  }) as const;

// An invitation by email is a link for one address, used once.
const mailedWords = (t: TFunction<'collaborations'>) =>
  ({
    ACTIVE: [t('links.status.waiting'), 'warning'],
    EXPIRED: [t('links.status.expired'), 'neutral'],
    REVOKED: [t('links.status.withdrawn'), 'neutral'],
    USED_UP: [t('links.status.joined'), 'success'],
  }) as const;

type Joined = { id: string; person?: { handle: string; displayName: string } | null };

function JoinedBy({ joined }: { joined: readonly Joined[] }) {
  const { t } = useTranslation('collaborations');
  return joined.map((m, i) => (
    <span key={m.id}>
      {i > 0 && ', '}
      {m.person ? <Link to={paths.person(m.person.handle)}>{m.person.displayName}</Link> : t('links.formerMember')}
    </span>
  ));
}

/** A date `days` from today, as a date input holds it. */
function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The stewards' invitation links: make one (until when, how many may use it, which need it
 * is for), see who joined by each, and withdraw it. A new link is shown once.
 */
export function InvitationLinksPanel({ slug, collaborationId }: { slug: string; collaborationId: string }) {
  const { t } = useTranslation('collaborations');
  const context = useMemo(() => ({ additionalTypenames: ['InvitationLink', 'Membership'] }), []);
  const linkStatus = statusWords(t);
  const mailStatus = mailedWords(t);
  const [{ data }, refetch] = useQuery({
    query: GetInvitationLinks,
    variables: { slug },
    context,
  });
  const [created, setCreated] = useState<string>();
  const c = data?.collaboration;
  const all = c?.invitationLinks ?? [];
  const mailed = all.filter((l) => l.email);
  const links = all.filter((l) => !l.email);
  const needs = (c?.needs ?? []).filter((n) => !n.filled);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <Card className={styles.panel} aria-labelledby="email-invitations">
        <h2 id="email-invitations">{t('emailInvite.label')}</h2>
        <p className={styles.hint}>{t('links.emailHint')}</p>
        <EmailInvitationForm collaborationId={collaborationId} needs={needs} onSent={reload} />
        {mailed.length > 0 && (
          <ul className={styles.list} aria-label={t('links.mailed')}>
            {mailed.map((l) => (
              <li key={l.id} className={styles.link}>
                <div className={styles.linkHead}>
                  <Badge tone={mailStatus[l.status][1]}>{mailStatus[l.status][0]}</Badge>
                  <span className={styles.email}>{l.email}</span>
                  <span>
                    {l.status === 'USED_UP' ? (
                      <Trans t={t} i18nKey="links.joinedAs" components={{ people: <JoinedBy joined={l.joined} /> }} />
                    ) : (
                      t('links.until', { date: formatDate(l.expiresAt) })
                    )}
                    {l.need ? ` · ${t('links.forNeed', { need: needLabel(l.need) })}` : ''}
                  </span>
                  {l.status === 'ACTIVE' && (
                    <RevokeButton id={l.id} label={t('links.withdrawTo', { email: l.email })} />
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className={styles.panel} aria-labelledby="invitation-links">
        <h2 id="invitation-links">{t('links.heading')}</h2>
        <p className={styles.hint}>{t('links.hint')}</p>
        <CreateLinkForm
          collaborationId={collaborationId}
          needs={needs}
          onCreated={(url) => {
            setCreated(url);
            reload();
          }}
        />
        {created && (
          <div className={styles.created} role="status">
            <p>
              {t('links.newLink')}{' '}
              <code className={styles.url} data-testid="new-invitation-link">
                {created}
              </code>
            </p>
            <Button size="sm" variant="secondary" onClick={() => void navigator.clipboard?.writeText(created)}>
              {t('links.copy')}
            </Button>
          </div>
        )}
        {links.length > 0 && (
          <ul className={styles.list} aria-label={t('links.made')}>
            {links.map((l) => (
              <li key={l.id} className={styles.link}>
                <div className={styles.linkHead}>
                  <Badge tone={linkStatus[l.status][1]}>{linkStatus[l.status][0]}</Badge>
                  <span>
                    {t('links.until', { date: formatDate(l.expiresAt) })} ·{' '}
                    {l.maxUses != null
                      ? t('links.usedOf', { uses: l.uses, max: l.maxUses })
                      : t('links.used', { count: l.uses })}
                    {l.need ? ` · ${t('links.forNeed', { need: needLabel(l.need) })}` : ''}
                  </span>
                  {l.status === 'ACTIVE' && <RevokeButton id={l.id} />}
                </div>
                {l.joined.length > 0 && (
                  <p className={styles.joined}>
                    <Trans t={t} i18nKey="links.joinedBy" components={{ people: <JoinedBy joined={l.joined} /> }} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

function RevokeButton({ id, label }: { id: string; label?: string }) {
  const { t } = useTranslation('collaborations');
  const [{ fetching, error }, revoke] = useMutation(RevokeInvitationLink);
  return (
    <>
      <Button
        size="sm"
        variant="quiet"
        busy={fetching}
        aria-label={label}
        onClick={() => void revoke({ input: { invitationLinkId: id } })}
      >
        {t('links.withdraw')}
      </Button>
      <FormAlert problems={formProblems(error, []).general} />
    </>
  );
}

const fields = ['expiresAt', 'maxUses', 'needId'] as const;

function CreateLinkForm({
  collaborationId,
  needs,
  onCreated,
}: {
  collaborationId: string;
  needs: readonly InvitationNeedOption[];
  onCreated: (url: string) => void;
}) {
  const { t } = useTranslation('collaborations');
  const [expires, setExpires] = useState(() => inDays(14));
  const [maxUses, setMaxUses] = useState('');
  const [needId, setNeedId] = useState('');
  const { errors, serverError, formRef, check, fail } = useFormState();
  const [{ fetching }, create] = useMutation(CreateInvitationLink);
  const server = formProblems(serverError, fields);
  const problems = { ...server.fields, ...errors };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!expires) found.expiresAt = t('links.chooseExpiry');
    const uses = maxUses.trim() === '' ? null : Number(maxUses);
    if (uses !== null && (!Number.isInteger(uses) || uses < 1)) found.maxUses = t('links.badMaxUses');
    if (!check(found)) return;
    // The link works until the end of the chosen day, where the steward is.
    const end = new Date(`${expires}T23:59:59`);
    const result = await create({
      input: {
        collaborationId,
        expiresAt: end.toISOString(),
        maxUses: uses,
        needId: needId || null,
      },
    });
    if (result.error) return fail(result.error);
    const url = result.data?.createInvitationLink.url;
    if (url) onCreated(url);
  }

  return (
    <form
      ref={formRef}
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('links.formLabel')}
    >
      <TextField
        label={t('links.worksUntil')}
        type="date"
        value={expires}
        min={inDays(0)}
        onChange={(e) => setExpires(e.target.value)}
        error={problems.expiresAt}
      />
      <TextField
        label={t('links.maxUses')}
        optional
        inputMode="numeric"
        value={maxUses}
        onChange={(e) => setMaxUses(e.target.value)}
        error={problems.maxUses}
      />
      <InvitationNeedField needs={needs} value={needId} onChange={setNeedId} error={problems.needId} />
      <FormAlert problems={server.general} />
      <div>
        <Button type="submit" busy={fetching}>
          {t('links.make')}
        </Button>
      </div>
    </form>
  );
}
