import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ServesOutcomesField } from '../../components/outcome-links/serves-outcomes';
import { Button, EmptyState, ErrorState, FormAlert, LinkButton, Loading } from '../../components/ui';
import { errorsUnder, fieldProblems } from '../../lib/errors';
import { useFormState, useIdempotencyKey } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AcceptInvitation } from './api/accept-invitation';
import { JoinByInvitationLink } from './api/join-by-invitation-link';
import { GetCollaborationToJoin } from './api/get-collaboration-to-join';
import { MakeCommitment } from './api/make-commitment';
import { RequestToJoin } from './api/request-to-join';
import {
  changeCommitment,
  checkCommitment,
  commitmentInput,
  emptyCommitment,
  type CommitmentDraft,
  type NeedOption,
} from './commitment-draft';
import { CommitmentFields } from './commitment-fields';
import { collaborationStatusWords } from './words';
import { needLabel } from '../../lib/need-draft';
import shared from './collaborations.module.css';
import styles from './join-page.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const maxAtOnce = 10;

/**
 * Joining by committing: a request to join (or the answer to an invitation) with one or
 * more commitments, or, with `more`, one further commitment of a member.
 */
export function JoinPage({ more = false }: { more?: boolean }) {
  const { t } = useTranslation('collaborations');
  const { slug = '' } = useParams();
  // ?need=<global ID> starts the first commitment toward that need (from "Needs you could fill").
  const [params] = useSearchParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetCollaborationToJoin, variables: { slug } });
  const c = data?.collaboration;
  useDocumentTitle(
    c ? (more ? t('join.titleMore', { title: c.title }) : t('join.titleJoin', { title: c.title })) : undefined,
  );

  if (!data && fetching) return <Loading />;
  if (!c) {
    return (
      <div className="narrow">
        <h1>{t('layout.noneHere')}</h1>
        {error && !error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND') ? (
          <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : (
          <EmptyState
            title={t('layout.noneAt', { slug })}
            action={<LinkButton to={paths.discoverCollaborations}>{t('layout.discover')}</LinkButton>}
          />
        )}
      </div>
    );
  }
  const status = c.viewerMembership?.status;
  const back = paths.collaboration(c.slug);
  const open = c.status === 'FORMING' || c.status === 'ACTIVE';
  let blocked: string | undefined;
  if (!open)
    blocked = t('join.closed', {
      title: c.title,
      status: collaborationStatusWords()[c.status].label.toLowerCase(),
    });
  else if (more && status !== 'ACTIVE') blocked = t('join.onlyMembers');
  else if (!more && status === 'ACTIVE') blocked = t('join.alreadyMember');
  else if (!more && status === 'REQUESTED') blocked = t('join.alreadyAsked');
  else if (!more && status === 'REMOVED') blocked = t('viewerPanel.removed');
  if (blocked) {
    return (
      <div className="narrow">
        <h1>{more ? t('join.headingMore', { title: c.title }) : t('join.headingJoin', { title: c.title })}</h1>
        <EmptyState
          title={blocked}
          action={
            <LinkButton to={!more && status === 'ACTIVE' ? paths.commitMore(c.slug) : back}>
              {!more && status === 'ACTIVE' ? t('viewerPanel.commitMore') : t('join.back')}
            </LinkButton>
          }
        />
      </div>
    );
  }
  const needs: NeedOption[] = c.needs
    .filter((n) => !n.filled)
    .map((n) => ({
      key: n.id,
      label: t('join.needOption', { need: needLabel(n), percent: Math.round(n.pledgedShare * 100) }),
      quantity: n.quantity,
    }));
  const mode = more ? 'more' : status === 'INVITED' ? 'accept' : 'request';
  return (
    <div className="narrow join">
      <p className="eyebrow">
        <Link to={back}>{c.title}</Link>
      </p>
      <h1>
        {mode === 'more'
          ? t('viewerPanel.commitMore')
          : mode === 'accept'
            ? t('join.acceptHeading')
            : t('viewerPanel.joinByCommitting')}
      </h1>
      <p className="lede">{mode === 'more' ? t('join.ledeMore') : t('join.lede')}</p>
      <blockquote className={`${shared.goal} ${styles.goalSmall}`}>
        <p>{c.goal}</p>
      </blockquote>
      <JoinForm
        collaborationId={c.id}
        membershipId={c.viewerMembership?.id}
        mode={mode}
        needs={needs}
        outcomes={c.outcomes}
        back={back}
        initialNeed={needs.find((n) => n.key === params.get('need'))?.key ?? ''}
      />
    </div>
  );
}

/**
 * The commitments of a join: a request, the answer to an invitation, a further commitment
 * (`more`), or a join by an invitation link (`link`, with its token: ACTIVE at once).
 */
export function JoinForm({
  collaborationId,
  membershipId,
  token,
  mode,
  needs,
  outcomes = [],
  back,
  initialNeed = '',
}: {
  collaborationId: string;
  membershipId?: string;
  token?: string;
  mode: 'request' | 'accept' | 'more' | 'link';
  needs: NeedOption[];
  /** The collaboration's outcomes a further commitment may serve (`more` only). */
  outcomes?: { id: string; name: string }[];
  back: string;
  initialNeed?: string;
}) {
  const { t } = useTranslation('collaborations');
  const navigate = useNavigate();
  const [drafts, setDrafts] = useState<CommitmentDraft[]>(() => [
    changeCommitment({ ...emptyCommitment, needKey: '' }, { needKey: initialNeed }, needs),
  ]);
  const { errors, setErrors, serverError, formRef: ref, check, fail } = useFormState<Record<string, string>[]>([]);
  const [request, sendRequest] = useMutation(RequestToJoin);
  const [accept, sendAccept] = useMutation(AcceptInvitation);
  const [make, sendMake] = useMutation(MakeCommitment);
  const [link, sendLink] = useMutation(JoinByInvitationLink);
  const [serves, setServes] = useState<string[]>([]);
  const idempotency = useIdempotencyKey();
  const busy = request.fetching || accept.fetching || make.fetching || link.fetching;
  const prefix = (i: number) => (mode === 'more' ? 'commitment' : `commitments.${i}`);
  const server = fieldProblems(
    serverError,
    (f) => (/^commitments?\.(\d+\.)?/.test(f) && f !== 'commitments') || f === 'servesOutcomeIds',
  );

  function update(i: number, change: Partial<CommitmentDraft>) {
    setDrafts((ds) => ds.map((d, j) => (j === i ? changeCommitment(d, change, needs) : d)));
    setErrors((es) => es.map((e, j) => (j === i ? {} : e)));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = drafts.map((d) => checkCommitment(d, needs));
    if (!check(found)) return;
    const inputs = drafts.map((d) => commitmentInput(d));
    const more = { collaborationId, commitment: inputs[0], ...(serves.length > 0 ? { servesOutcomeIds: serves } : {}) };
    const join = { collaborationId, commitments: inputs };
    const result =
      mode === 'more'
        ? await sendMake({ input: { ...more, idempotencyKey: idempotency.keyFor(more) } })
        : mode === 'accept'
          ? await sendAccept({ input: { membershipId: membershipId ?? '', commitments: inputs } })
          : mode === 'link'
            ? await sendLink({ input: { token: token ?? '', commitments: inputs } })
            : await sendRequest({ input: { ...join, idempotencyKey: idempotency.keyFor(join) } });
    if (result.error) return fail(result.error);
    idempotency.succeeded();
    const notice =
      mode === 'more'
        ? t('join.added')
        : mode === 'accept' || mode === 'link'
          ? t('join.welcome')
          : t('join.requestSent');
    void navigate(back, { state: { notice } });
  }

  return (
    <form
      ref={ref}
      className={fieldStyles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={mode === 'more' ? t('viewerPanel.commitMore') : t('viewerPanel.joinByCommitting')}
    >
      {drafts.map((d, i) => (
        <CommitmentFields
          key={i}
          legend={drafts.length > 1 ? t('join.commitmentN', { n: i + 1 }) : t('join.yourCommitment')}
          draft={d}
          needs={needs}
          onChange={(change) => update(i, change)}
          errors={{ ...errorsUnder(server.fields, prefix(i)), ...errors[i] }}
          actions={
            drafts.length > 1 && (
              <Button variant="quiet" size="sm" onClick={() => setDrafts((ds) => ds.filter((_, j) => j !== i))}>
                {t('join.removeN', { n: i + 1 })}
              </Button>
            )
          }
        />
      ))}
      {mode === 'more' && (
        <ServesOutcomesField
          outcomes={outcomes}
          value={serves}
          onChange={setServes}
          hint={t('commitmentItem.servesHint')}
          error={server.fields.servesOutcomeIds}
        />
      )}
      {mode !== 'more' && drafts.length < maxAtOnce && (
        <div>
          <Button variant="secondary" onClick={() => setDrafts((ds) => [...ds, { ...emptyCommitment }])}>
            {t('join.addAnother')}
          </Button>
        </div>
      )}
      <FormAlert problems={server.general} />
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={busy}>
          {mode === 'more'
            ? t('join.commit')
            : mode === 'accept'
              ? t('join.acceptAndCommit')
              : mode === 'link'
                ? t('join.joinAndCommit')
                : t('join.askToJoin')}
        </Button>
        <Link to={back}>{t('cancel')}</Link>
      </div>
    </form>
  );
}
