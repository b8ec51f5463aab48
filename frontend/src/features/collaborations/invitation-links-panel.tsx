import { useMemo, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useMutation, useQuery, type CombinedError } from "urql";
import {
  Badge,
  Button,
  Card,
  FormAlert,
  SelectField,
  TextField,
} from "../../components/ui";
import { formProblems } from "../../lib/errors";
import { formatDate } from "../../lib/format";
import { paths } from "../../lib/paths";
import { needLabel } from "./need-draft";
import {
  CreateInvitationLink,
  GetInvitationLinks,
  RevokeInvitationLink,
} from "./api/invitation-links";
import styles from "./invitation-links-panel.module.css";

const statusWords = {
  ACTIVE: ["Open", "success"],
  EXPIRED: ["Expired", "neutral"],
  REVOKED: ["Withdrawn", "neutral"],
  USED_UP: ["Used up", "warning"],
} as const;

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
export function InvitationLinksPanel({
  slug,
  collaborationId,
}: {
  slug: string;
  collaborationId: string;
}) {
  const context = useMemo(
    () => ({ additionalTypenames: ["InvitationLink", "Membership"] }),
    [],
  );
  const [{ data }, refetch] = useQuery({
    query: GetInvitationLinks,
    variables: { slug },
    context,
  });
  const [created, setCreated] = useState<string>();
  const c = data?.collaboration;
  const links = c?.invitationLinks ?? [];
  return (
    <Card className={styles.panel} aria-labelledby="invitation-links">
      <h2 id="invitation-links">Invitation links</h2>
      <p className={styles.hint}>
        Whoever follows an open link can join by committing, without waiting for
        your approval. Share it where the people you mean will find it.
      </p>
      <CreateLinkForm
        collaborationId={collaborationId}
        needs={(c?.needs ?? []).filter((n) => !n.filled)}
        onCreated={(url) => {
          setCreated(url);
          refetch({ requestPolicy: "network-only" });
        }}
      />
      {created && (
        <div className={styles.created} role="status">
          <p>
            Your new link (it is shown only now):{" "}
            <code className={styles.url} data-testid="new-invitation-link">
              {created}
            </code>
          </p>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => void navigator.clipboard?.writeText(created)}
          >
            Copy the link
          </Button>
        </div>
      )}
      {links.length > 0 && (
        <ul className={styles.list} aria-label="Links made">
          {links.map((l) => (
            <li key={l.id} className={styles.link}>
              <div className={styles.linkHead}>
                <Badge tone={statusWords[l.status][1]}>
                  {statusWords[l.status][0]}
                </Badge>
                <span>
                  until {formatDate(l.expiresAt)} · used {l.uses}
                  {l.maxUses != null ? ` of ${l.maxUses}` : ""}{" "}
                  {l.uses === 1 && l.maxUses == null ? "time" : "times"}
                  {l.need ? ` · for ${needLabel(l.need)}` : ""}
                </span>
                {l.status === "ACTIVE" && <RevokeButton id={l.id} />}
              </div>
              {l.joined.length > 0 && (
                <p className={styles.joined}>
                  Joined by it:{" "}
                  {l.joined.map((m, i) => (
                    <span key={m.id}>
                      {i > 0 && ", "}
                      {m.person ? (
                        <Link to={paths.person(m.person.handle)}>
                          {m.person.displayName}
                        </Link>
                      ) : (
                        "a former member"
                      )}
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function RevokeButton({ id }: { id: string }) {
  const [{ fetching, error }, revoke] = useMutation(RevokeInvitationLink);
  return (
    <>
      <Button
        size="sm"
        variant="quiet"
        busy={fetching}
        onClick={() => void revoke({ input: { invitationLinkId: id } })}
      >
        Withdraw
      </Button>
      <FormAlert problems={formProblems(error, []).general} />
    </>
  );
}

const fields = ["expiresAt", "maxUses", "needId"] as const;

function CreateLinkForm({
  collaborationId,
  needs,
  onCreated,
}: {
  collaborationId: string;
  needs: readonly {
    id: string;
    skill: string;
    description: string;
    quantity: Parameters<typeof needLabel>[0]["quantity"];
  }[];
  onCreated: (url: string) => void;
}) {
  const [expires, setExpires] = useState(() => inDays(14));
  const [maxUses, setMaxUses] = useState("");
  const [needId, setNeedId] = useState("");
  const [error, setError] = useState<CombinedError>();
  const [local, setLocal] = useState<Record<string, string>>({});
  const [{ fetching }, create] = useMutation(CreateInvitationLink);
  const server = formProblems(error, fields);
  const problems = { ...server.fields, ...local };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!expires) found.expiresAt = "Choose until when the link works.";
    const uses = maxUses.trim() === "" ? null : Number(maxUses);
    if (uses !== null && (!Number.isInteger(uses) || uses < 1))
      found.maxUses =
        "Give a whole number of people, 1 or more, or leave it empty.";
    setLocal(found);
    setError(undefined);
    if (Object.keys(found).length) return;
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
    if (result.error) return setError(result.error);
    const url = result.data?.createInvitationLink.url;
    if (url) onCreated(url);
  }

  return (
    <form
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
      {needs.length > 0 && (
        <SelectField
          label="For a need"
          optional
          value={needId}
          onChange={(e) => setNeedId(e.target.value)}
          error={problems.needId}
        >
          <option value="">Any</option>
          {needs.map((n) => (
            <option key={n.id} value={n.id}>
              {needLabel(n)}
            </option>
          ))}
        </SelectField>
      )}
      <FormAlert problems={server.general} />
      <div>
        <Button type="submit" busy={fetching}>
          Make a link
        </Button>
      </div>
    </form>
  );
}
