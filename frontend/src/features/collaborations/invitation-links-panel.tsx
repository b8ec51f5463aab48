import { useMemo, useState, type FormEvent } from 'react';
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

const statusWords = {
  ACTIVE: ['Open', 'success'],
  EXPIRED: ['Expired', 'neutral'],
  REVOKED: ['Withdrawn', 'neutral'],
  USED_UP: ['Used up', 'warning'],
} as const;

// An invitation by email is a link for one address, used once.
const mailedWords = {
  ACTIVE: ['Waiting', 'warning'],
  EXPIRED: ['Expired', 'neutral'],
  REVOKED: ['Withdrawn', 'neutral'],
  USED_UP: ['Joined', 'success'],
} as const;

type Joined = { id: string; person?: { handle: string; displayName: string } | null };

function JoinedBy({ joined }: { joined: readonly Joined[] }) {
  return joined.map((m, i) => (
    <span key={m.id}>
      {i > 0 && ', '}
      {m.person ? <Link to={paths.person(m.person.handle)}>{m.person.displayName}</Link> : 'a former member'}
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
  const context = useMemo(() => ({ additionalTypenames: ['InvitationLink', 'Membership'] }), []);
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
        <h2 id="email-invitations">Invite by email</h2>
        <p className={styles.hint}>
          Someone new gets a mail with a link for their address only; they sign up, state their values and join by
          committing. Someone already on Kindred gets the invitation in the app.
        </p>
        <EmailInvitationForm collaborationId={collaborationId} needs={needs} onSent={reload} />
        {mailed.length > 0 && (
          <ul className={styles.list} aria-label="Invitations mailed">
            {mailed.map((l) => (
              <li key={l.id} className={styles.link}>
                <div className={styles.linkHead}>
                  <Badge tone={mailedWords[l.status][1]}>{mailedWords[l.status][0]}</Badge>
                  <span className={styles.email}>{l.email}</span>
                  <span>
                    {l.status === 'USED_UP' ? (
                      <>
                        joined as <JoinedBy joined={l.joined} />
                      </>
                    ) : (
                      `until ${formatDate(l.expiresAt)}`
                    )}
                    {l.need ? ` · for ${needLabel(l.need)}` : ''}
                  </span>
                  {l.status === 'ACTIVE' && <RevokeButton id={l.id} label={`Withdraw the invitation to ${l.email}`} />}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className={styles.panel} aria-labelledby="invitation-links">
        <h2 id="invitation-links">Invitation links</h2>
        <p className={styles.hint}>
          Whoever follows an open link can join by committing, without waiting for your approval. Share it where the
          people you mean will find it.
        </p>
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
              Your new link (it is shown only now):{' '}
              <code className={styles.url} data-testid="new-invitation-link">
                {created}
              </code>
            </p>
            <Button size="sm" variant="secondary" onClick={() => void navigator.clipboard?.writeText(created)}>
              Copy the link
            </Button>
          </div>
        )}
        {links.length > 0 && (
          <ul className={styles.list} aria-label="Links made">
            {links.map((l) => (
              <li key={l.id} className={styles.link}>
                <div className={styles.linkHead}>
                  <Badge tone={statusWords[l.status][1]}>{statusWords[l.status][0]}</Badge>
                  <span>
                    until {formatDate(l.expiresAt)} · used {l.uses}
                    {l.maxUses != null ? ` of ${l.maxUses}` : ''} {l.uses === 1 && l.maxUses == null ? 'time' : 'times'}
                    {l.need ? ` · for ${needLabel(l.need)}` : ''}
                  </span>
                  {l.status === 'ACTIVE' && <RevokeButton id={l.id} />}
                </div>
                {l.joined.length > 0 && (
                  <p className={styles.joined}>
                    Joined by it: <JoinedBy joined={l.joined} />
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
        Withdraw
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
    if (!expires) found.expiresAt = 'Choose until when the link works.';
    const uses = maxUses.trim() === '' ? null : Number(maxUses);
    if (uses !== null && (!Number.isInteger(uses) || uses < 1))
      found.maxUses = 'Give a whole number of people, 1 or more, or leave it empty.';
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
      aria-label="Make an invitation link"
    >
      <TextField
        label="Works until"
        type="date"
        value={expires}
        min={inDays(0)}
        onChange={(e) => setExpires(e.target.value)}
        error={problems.expiresAt}
      />
      <TextField
        label="How many people may use it"
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
          Make a link
        </Button>
      </div>
    </form>
  );
}
