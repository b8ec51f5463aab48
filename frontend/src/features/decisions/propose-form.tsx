import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button, FieldError, FormAlert, TextAreaField, TextField } from '../../components/ui';
import type { DecisionKind, ProposalKind } from '../../gql/graphql';
import { fieldProblems } from '../../lib/errors';
import { useFormState, withoutProblem } from '../../lib/forms';
import { fromLocalInputValue, timeLeft, toLocalInputValue } from '../../lib/time';
import { CreateProposal } from './api/create-proposal';
import { defaultClosing } from './default-closing';
import { limits, validateProposal, type ProposalValues } from './propose-validation';
import { AnonymousField, QuorumShareField } from './propose-options';
import { DecisionKindField, emptyOption, PollOptionsField, validatePoll, type OptionValues } from './poll-fields';
import { pollLimits } from './poll-words';
import { ProposalNeedsFields } from './proposal-needs-fields';
import { needInput } from '../../lib/need-draft';
import { kinds } from './words';
import { formatDateTimeLong, localTimeZone } from '../../lib/format';
import shared from './decisions.module.css';
import styles from './propose-form.module.css';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

const fields = [
  'kind',
  'title',
  'body',
  'proposedGoal',
  'proposedQuorumShare',
  'closesAt',
  'proposedOutcome.name',
  'proposedOutcome.unit',
  'proposedOutcome.baseline',
  'proposedOutcome.target',
  'decisionKind',
  'options',
  'dotsPerMember',
  ...Array.from({ length: 20 }, (_, i) => [
    `options.${i}`,
    `options.${i}.label`,
    `options.${i}.start`,
    `options.${i}.end`,
    `options.${i}.timeZone`,
  ]).flat(),
] as const;

/** The kind of a proposal, as four described choices. */
function KindField({
  value,
  onChange,
  error,
}: {
  value: ProposalValues['kind'];
  onChange: (k: ProposalKind) => void;
  error?: string;
}) {
  const { t } = useTranslation('decisions');
  const id = useId();
  return (
    <fieldset
      className={`${fieldStyles.field} ${fieldStyles.choiceGroup}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className={fieldStyles.fieldLabel}>{t('proposeForm.kind')}</legend>
      {kinds().map((k, i) => (
        <label key={k.value} className={fieldStyles.choice}>
          <input
            type="radio"
            name="kind"
            value={k.value}
            checked={value === k.value}
            onChange={() => onChange(k.value)}
            aria-describedby={error ? `${id}-${k.value} ${id}-error` : `${id}-${k.value}`}
            aria-invalid={error && i === 0 ? true : undefined}
          />
          <span>
            <span className={fieldStyles.choiceLabel}>{k.label}</span>
            <span className={fieldStyles.choiceHint} id={`${id}-${k.value}`}>
              {k.hint}
            </span>
          </span>
        </label>
      ))}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </fieldset>
  );
}

/** The chosen closing time in words, so that nobody misreads the input's date format. */
function ClosingPreview({ value, now }: { value: string; now: Date }) {
  const { t } = useTranslation('decisions');
  const d = fromLocalInputValue(value);
  const left = d ? timeLeft(d.toISOString(), now) : null;
  if (!d || !left) return null;
  return (
    <p className={styles.closingPreview} aria-live="polite">
      {t('proposeForm.preview', { when: formatDateTimeLong(d.toISOString()), left })}
    </p>
  );
}

/**
 * Puts a proposal to the members: its kind, title, text, the new goal for a goal
 * proposal, and when it closes (a week from now unless changed), in the person's time zone.
 */
export function ProposeForm({
  collaborationId,
  currentGoal,
  onCreated,
  now: nowFor = () => new Date(),
}: {
  collaborationId: string;
  currentGoal: string;
  onCreated: (proposalId: string) => void;
  /** The clock, for tests. */
  now?: () => Date;
}) {
  const { t } = useTranslation('decisions');
  const [values, setValues] = useState<ProposalValues>(() => ({
    kind: '',
    title: '',
    body: '',
    proposedGoal: '',
    outcomeName: '',
    outcomeUnit: '',
    outcomeBaseline: '',
    outcomeTarget: '',
    quorumShare: '',
    anonymous: false,
    needs: [],
    closesAt: toLocalInputValue(defaultClosing(nowFor())),
  }));
  const [decision, setDecision] = useState<DecisionKind>('CONSENT');
  const [options, setOptions] = useState<OptionValues[]>(() => [emptyOption(), emptyOption()]);
  const [dots, setDots] = useState('5');
  const { errors, setErrors, serverError, setServerError, formRef, check, fail } = useFormState();
  const poll = decision !== 'CONSENT';
  const [{ fetching }, create] = useMutation(CreateProposal);

  // Needs are named by index ("needs.0.quantity"), so they are matched by prefix.
  const server = fieldProblems(serverError, (f) => (fields as readonly string[]).includes(f) || f.startsWith('needs.'));
  const shown = { ...server.fields, ...errors };
  const opened = nowFor();
  const zone = localTimeZone();

  function change<K extends keyof ProposalValues>(name: K, value: ProposalValues[K], errorKey: string = name) {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => withoutProblem(e, errorKey));
    if (server.fields[errorKey]) setServerError(undefined);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    // A poll chooses among options: it is about "something else" unless said otherwise.
    const kind = poll && values.kind !== 'MEMBERSHIP' ? 'OTHER' : values.kind;
    const found = {
      ...validateProposal({ ...values, kind }, { now: nowFor(), currentGoal }),
      ...validatePoll(decision, options, dots),
    };
    if (!check(found)) return;
    const isGoal = values.kind === 'GOAL';
    const result = await create({
      input: {
        collaborationId,
        kind: kind as ProposalKind,
        title: values.title.trim(),
        body: values.body.trim(),
        proposedGoal: isGoal ? values.proposedGoal.trim() : null,
        ...(values.kind === 'OUTCOME' && values.outcomeName?.trim()
          ? {
              proposedOutcome: {
                name: values.outcomeName.trim(),
                unit: (values.outcomeUnit ?? '').trim(),
                baseline: Number(values.outcomeBaseline),
                target: Number(values.outcomeTarget),
              },
            }
          : {}),
        ...(values.kind === 'QUORUM' ? { proposedQuorumShare: Number(values.quorumShare) } : {}),
        ...(values.anonymous ? { anonymous: true } : {}),
        ...(poll
          ? {
              decisionKind: decision,
              options: options.map((o) =>
                decision === 'MEETING_TIME'
                  ? { label: o.label.trim() || null, start: o.start, end: o.end, timeZone: o.timeZone }
                  : { label: o.label.trim() },
              ),
              ...(decision === 'DOT_VOTE' ? { dotsPerMember: Number(dots) } : {}),
            }
          : {}),
        ...(values.needs?.length ? { needs: values.needs.map(needInput) } : {}),
        closesAt: fromLocalInputValue(values.closesAt)!.toISOString(),
      },
    });
    const id = result.data?.createProposal.proposal.id;
    if (result.error || !id) return fail(result.error);
    onCreated(id);
  }

  return (
    <form
      ref={formRef}
      className={`${fieldStyles.form} ${cardStyles.card}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('proposeForm.label')}
    >
      <DecisionKindField
        value={decision}
        onChange={(k) => {
          setDecision(k);
          setServerError(undefined);
        }}
      />
      {!poll && <KindField value={values.kind} onChange={(k) => change('kind', k)} error={shown.kind} />}
      <TextField
        label={t('proposeForm.title')}
        name="title"
        hint={t('proposeForm.titleHint')}
        value={values.title}
        maxLength={limits.titleMax}
        onChange={(e) => change('title', e.target.value)}
        error={shown.title}
        required
      />
      {values.kind === 'GOAL' && (
        <div className={shared.goalCompare}>
          <p className={fieldStyles.fieldLabel}>{t('currentGoal.heading')}</p>
          <blockquote className={shared.goalCompareOld}>
            <p>{currentGoal}</p>
          </blockquote>
        </div>
      )}
      {values.kind === 'GOAL' && (
        <TextAreaField
          label={t('proposeForm.goal')}
          name="proposedGoal"
          hint={t('proposeForm.goalHint')}
          rows={4}
          value={values.proposedGoal}
          maxLength={limits.goalMax}
          onChange={(e) => change('proposedGoal', e.target.value)}
          error={shown.proposedGoal}
          required
        />
      )}
      {values.kind === 'OUTCOME' && (
        <fieldset className={`${fieldStyles.field} ${styles.proposedOutcomeFields}`}>
          <legend className={fieldStyles.fieldLabel}>{t('proposeForm.outcome.legend')}</legend>
          <p className={fieldStyles.fieldHint}>{t('proposeForm.outcome.hint')}</p>
          <TextField
            label={t('proposeForm.outcome.name')}
            name="outcomeName"
            optional
            hint={t('proposeForm.outcome.nameHint')}
            value={values.outcomeName}
            onChange={(e) => change('outcomeName', e.target.value, 'proposedOutcome.name')}
            error={shown['proposedOutcome.name']}
          />
          <TextField
            label={t('proposeForm.outcome.unit')}
            name="outcomeUnit"
            optional
            value={values.outcomeUnit}
            onChange={(e) => change('outcomeUnit', e.target.value, 'proposedOutcome.unit')}
            error={shown['proposedOutcome.unit']}
          />
          <TextField
            label={t('proposeForm.outcome.baseline')}
            name="outcomeBaseline"
            optional
            inputMode="decimal"
            value={values.outcomeBaseline}
            onChange={(e) => change('outcomeBaseline', e.target.value, 'proposedOutcome.baseline')}
            error={shown['proposedOutcome.baseline']}
          />
          <TextField
            label={t('proposeForm.outcome.target')}
            name="outcomeTarget"
            optional
            inputMode="decimal"
            value={values.outcomeTarget}
            onChange={(e) => change('outcomeTarget', e.target.value, 'proposedOutcome.target')}
            error={shown['proposedOutcome.target']}
          />
        </fieldset>
      )}
      {values.kind === 'QUORUM' && (
        <QuorumShareField
          value={values.quorumShare ?? ''}
          onChange={(v) => change('quorumShare', v, 'proposedQuorumShare')}
          error={shown.proposedQuorumShare}
        />
      )}
      {poll && (
        <PollOptionsField
          kind={decision}
          options={options}
          onChange={(o) => {
            setOptions(o);
            setErrors({});
          }}
          errors={shown}
        />
      )}
      {decision === 'DOT_VOTE' && (
        <TextField
          label={t('proposeForm.dots')}
          name="dotsPerMember"
          type="number"
          min={1}
          max={20}
          hint={t('proposeForm.dotsHint', { min: pollLimits.minDots, max: pollLimits.maxDots })}
          value={dots}
          onChange={(e) => {
            setDots(e.target.value);
            setErrors((er) => withoutProblem(er, 'dotsPerMember'));
          }}
          error={shown.dotsPerMember}
          required
        />
      )}
      <TextAreaField
        label={t('proposeForm.body')}
        name="body"
        optional
        hint={t('proposeForm.bodyHint')}
        rows={6}
        value={values.body}
        maxLength={limits.bodyMax}
        onChange={(e) => change('body', e.target.value)}
        error={shown.body}
      />
      <TextField
        label={t('proposeForm.closesAt')}
        name="closesAt"
        type="datetime-local"
        hint={t('proposeForm.closesAtHint', { zone })}
        min={toLocalInputValue(new Date(opened.getTime() + limits.openMinMs))}
        max={toLocalInputValue(new Date(opened.getTime() + limits.openMaxMs))}
        value={values.closesAt}
        onChange={(e) => change('closesAt', e.target.value)}
        error={shown.closesAt}
        required
      />
      <ClosingPreview value={values.closesAt} now={opened} />
      <AnonymousField checked={!!values.anonymous} onChange={(v) => change('anonymous', v)} />
      <ProposalNeedsFields
        needs={values.needs ?? []}
        onChange={(needs) => {
          setValues((v) => ({ ...v, needs }));
          setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('needs.'))));
        }}
        errors={shown}
      />
      <FormAlert problems={server.general} title={t('proposeForm.failed')} />
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={fetching}>
          {t('proposeForm.submit')}
        </Button>
      </div>
    </form>
  );
}
