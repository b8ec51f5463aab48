import { Trans, useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Badge, Button, FormAlert, Meter, TextField } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ProposalNeeds_NeedFragment, ProposalStatus } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { formatPart, formatPercent, formatQuantity } from '../../lib/format';
import { decisionPaths } from '../../lib/paths';
import { checkAmount, kindWords, toDecimal } from '../../lib/quantity';
import { WithdrawPledge } from './api/withdraw-pledge';
import { PledgeToProposal } from './api/pledge-to-proposal';
import fieldStyles from '../../components/ui/field.module.css';
import needStyles from '../../components/need.module.css';
import cardStyles from '../../components/ui/card.module.css';
import styles from './proposal-needs.module.css';

export const ProposalNeeds_need = graphql(`
  fragment ProposalNeeds_need on ProposalNeed {
    id
    skill
    description
    covered
    pledgedShare
    quantity {
      kind
      amount
      unit
      currency
    }
    pledged {
      kind
      amount
      unit
      currency
    }
    pledges {
      id
      status
      description
      quantity {
        kind
        amount
        unit
        currency
      }
      membership {
        id
        person {
          id
          handle
          displayName
        }
      }
    }
  }
`);

/**
 * What a proposal needs to be carried out, pledged against needed, and the pledges toward
 * each: while it is open an active member pledges, or withdraws their own pledge.
 */
export function ProposalNeeds({
  needs: needsIn,
  status,
  open,
  active,
  viewerId,
  onChange,
}: {
  needs: readonly FragmentType<typeof ProposalNeeds_need>[];
  status: ProposalStatus;
  /** Whether pledges are taken now: OPEN and before its closing time. */
  open: boolean;
  active: boolean;
  viewerId?: string;
  onChange: () => void;
}) {
  const { t } = useTranslation('decisions');
  const needs = getFragmentData(ProposalNeeds_need, needsIn);
  if (needs.length === 0) return null;
  const covered = needs.every((n) => n.covered);
  return (
    <section className={styles.needs} aria-labelledby="proposal-needs-heading">
      <h2 id="proposal-needs-heading">{t('needs.heading')}</h2>
      <p className="muted">
        {status === 'OPEN'
          ? `${t('needs.open')} ${covered ? t('needs.covered') : t('needs.notCovered')}`
          : status === 'ADOPTED'
            ? t('needs.adopted')
            : t('needs.notAdopted')}
      </p>
      <ul className={styles.needList}>
        {needs.map((n) => (
          <NeedCard key={n.id} need={n} open={open} active={active} viewerId={viewerId} onChange={onChange} />
        ))}
      </ul>
    </section>
  );
}

type Need = ProposalNeeds_NeedFragment;

function NeedCard({
  need: n,
  open,
  active,
  viewerId,
  onChange,
}: {
  need: Need;
  open: boolean;
  active: boolean;
  viewerId?: string;
  onChange: () => void;
}) {
  const { t } = useTranslation('decisions');
  const title = n.skill
    ? t('needs.titleSkill', {
        kind: kindWords[n.quantity.kind].label,
        quantity: formatQuantity(n.quantity),
        skill: n.skill,
      })
    : t('needs.title', { kind: kindWords[n.quantity.kind].label, quantity: formatQuantity(n.quantity) });
  const pledgedText = t('needs.pledged', {
    part: formatPart(n.pledged, n.quantity),
    percent: formatPercent(n.pledgedShare),
  });
  const pledgeWords: Partial<Record<string, string>> = {
    PENDING: t('needs.pledgeStatus.pending'),
    BINDING: t('needs.pledgeStatus.binding'),
    LAPSED: t('needs.pledgeStatus.lapsed'),
  };
  const [, withdraw] = useMutation(WithdrawPledge);
  const [problem, setProblem] = useState<string>();
  return (
    <li className={`${cardStyles.card} ${styles.need}`}>
      <div className={needStyles.needHead}>
        <h3 className={needStyles.needTitle}>{title}</h3>
        <Badge tone={n.covered ? 'success' : 'accent'}>
          {n.covered ? t('needs.badgeCovered') : t('needs.badgeShort')}
        </Badge>
      </div>
      {n.description && <p className={needStyles.needDescription}>{n.description}</p>}
      <Meter value={n.pledgedShare} label={t('needs.meter')} valueText={pledgedText} tone="accent" />
      <p className={needStyles.needFigures}>
        <strong>{pledgedText}</strong>
      </p>
      {n.pledges.length > 0 && (
        <ul className={styles.pledges} aria-label={t('needs.pledgesToward', { need: title })}>
          {n.pledges.map((p) => {
            const person = p.membership.person;
            const own = !!viewerId && person?.id === viewerId;
            return (
              <li key={p.id}>
                <span>
                  <Trans
                    t={t}
                    i18nKey="needs.pledge"
                    values={{
                      name: person?.displayName ?? t('needs.formerMember'),
                      quantity: formatQuantity(p.quantity),
                    }}
                    components={{
                      person: person ? <Link to={decisionPaths.person(person.handle)} /> : <></>,
                      strong: <strong />,
                    }}
                  />
                  {p.description && <span className="muted"> — {p.description}</span>}{' '}
                  <span className="muted">({pledgeWords[p.status] ?? p.status.toLowerCase()})</span>
                </span>
                {own && open && p.status === 'PENDING' && (
                  <Button
                    size="sm"
                    variant="quiet"
                    onClick={() =>
                      void withdraw({ input: { commitmentId: p.id } }).then((r) => {
                        setProblem(r.error ? (r.error.graphQLErrors[0]?.message ?? r.error.message) : undefined);
                        if (!r.error) onChange();
                      })
                    }
                  >
                    {t('needs.withdraw')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {problem && (
        <p className={fieldStyles.fieldError} role="alert">
          {problem}
        </p>
      )}
      {open && active && <PledgeForm need={n} title={title} onPledged={onChange} />}
    </li>
  );
}

function PledgeForm({ need, title, onPledged }: { need: Need; title: string; onPledged: () => void }) {
  const { t } = useTranslation('decisions');
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const { errors, serverError, formRef, check, fail, setErrors } = useFormState();
  const [{ fetching }, pledge] = useMutation(PledgeToProposal);
  const server = formProblems(serverError, ['quantity', 'description']);
  const shown = { ...server.fields, ...errors };
  const unit = need.quantity.kind === 'MONEY' ? need.quantity.currency : need.quantity.unit;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = checkAmount(amount, need.quantity.kind, need.quantity.currency);
    if (!check(problem ? { quantity: problem } : {})) return;
    const r = await pledge({
      input: {
        proposalNeedId: need.id,
        quantity: toDecimal(amount),
        ...(description.trim() ? { description: description.trim() } : {}),
      },
    });
    if (r.error) return fail(r.error);
    setAmount('');
    setDescription('');
    setErrors({});
    onPledged();
  }

  return (
    <form
      ref={formRef}
      className={styles.pledgeForm}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('needs.pledgeToward', { need: title })}
    >
      <TextField
        label={t('needs.yourPledge', { unit })}
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={shown.quantity}
        required
      />
      <TextField
        label={t('needs.whatYouGive')}
        optional
        maxLength={500}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={shown.description}
      />
      <FormAlert problems={server.general} title={t('needs.failed')} />
      <div className={fieldStyles.formActions}>
        <Button type="submit" size="sm" busy={fetching}>
          {t('needs.submit')}
        </Button>
      </div>
    </form>
  );
}
