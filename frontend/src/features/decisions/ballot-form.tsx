import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Alert, Button, FormAlert } from '../../components/ui';
import type { Availability, BallotMarkInput, DecisionKind } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { i18n } from '../../lib/i18n';
import { CastBallot } from './api/cast-ballot';
import { AvailabilityGrid, DotsInputs, RankingInput, ScoreInputs, type Option } from './ballot-inputs';
import styles from './ballot-form.module.css';
import fieldStyles from '../../components/ui/field.module.css';

interface Mark {
  option: number;
  score?: number | null;
  rank?: number | null;
  dots?: number | null;
  availability?: Availability | null;
}

/** Checks a ballot before it is sent: what each kind of poll asks for. */
export function validateBallot(
  kind: DecisionKind,
  options: Option[],
  marks: BallotMarkInput[],
  limit: number,
): string | undefined {
  switch (kind) {
    case 'SCORE':
      return marks.length < options.length ? i18n.t('decisions:ballot.errors.score') : undefined;
    case 'MEETING_TIME':
      return marks.length < options.length ? i18n.t('decisions:ballot.errors.meetingTime') : undefined;
    case 'RANKED_CHOICE':
      return marks.length === 0 ? i18n.t('decisions:ballot.errors.rank') : undefined;
    case 'DOT_VOTE': {
      const used = marks.reduce((a, m) => a + (m.dots ?? 0), 0);
      if (used === 0) return i18n.t('decisions:ballot.errors.noDots');
      return used > limit
        ? i18n.t('decisions:ballot.errors.tooManyDots', { count: used, limit, over: used - limit })
        : undefined;
    }
  }
  return undefined;
}

/**
 * The viewer's ballot on an open poll, in the form of its kind: scores, a ranking, dots or
 * availabilities. Cast it, or change it while the poll is open.
 */
export function BallotForm({
  proposalId,
  kind,
  options,
  dotsPerMember,
  current,
}: {
  proposalId: string;
  kind: DecisionKind;
  options: Option[];
  dotsPerMember: number;
  current?: readonly Mark[] | null;
}) {
  const { t } = useTranslation('decisions');
  const [scores, setScores] = useState<Record<number, number | undefined>>(() =>
    Object.fromEntries((current ?? []).filter((m) => m.score != null).map((m) => [m.option, m.score!])),
  );
  const [ranking, setRanking] = useState<number[]>(() =>
    [...(current ?? [])]
      .filter((m) => m.rank != null)
      .sort((a, b) => a.rank! - b.rank!)
      .map((m) => m.option),
  );
  const [dots, setDots] = useState<Record<number, number>>(() =>
    Object.fromEntries((current ?? []).filter((m) => m.dots != null).map((m) => [m.option, m.dots!])),
  );
  const [answers, setAnswers] = useState<Record<number, Availability | undefined>>(() =>
    Object.fromEntries((current ?? []).filter((m) => m.availability).map((m) => [m.option, m.availability!])),
  );
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState(false);
  const { serverError, setServerError, formRef, fail } = useFormState();
  const [{ fetching }, cast] = useMutation(CastBallot);
  const server = formProblems(serverError, []);
  const edited = () => {
    setSaved(false);
    setProblem(undefined);
    setServerError(undefined);
  };

  function marks(): BallotMarkInput[] {
    switch (kind) {
      case 'SCORE':
        return options.filter((o) => scores[o.key] != null).map((o) => ({ option: o.key, score: scores[o.key] }));
      case 'RANKED_CHOICE':
        return ranking.map((k, i) => ({ option: k, rank: i + 1 }));
      case 'DOT_VOTE':
        return options.filter((o) => (dots[o.key] ?? 0) > 0).map((o) => ({ option: o.key, dots: dots[o.key] }));
      default:
        return options.filter((o) => answers[o.key]).map((o) => ({ option: o.key, availability: answers[o.key] }));
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const m = marks();
    const found = validateBallot(kind, options, m, dotsPerMember);
    setProblem(found);
    if (found) return;
    const result = await cast({ input: { proposalId, marks: m } });
    if (result.error) return fail(result.error);
    setSaved(true);
  }

  if (kind === 'CONSENT') return null;
  const instructions: Record<Exclude<DecisionKind, 'CONSENT'>, string> = {
    SCORE: t('ballot.instructions.score'),
    RANKED_CHOICE: t('ballot.instructions.rankedChoice'),
    DOT_VOTE: t('ballot.instructions.dotVote'),
    MEETING_TIME: t('ballot.instructions.meetingTime'),
  };
  return (
    <form
      ref={formRef}
      className={fieldStyles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="ballot-heading"
    >
      <h2 id="ballot-heading">{current ? t('ballot.heading') : t('ballot.headingNew')}</h2>
      <p className={fieldStyles.fieldHint}>{instructions[kind]}</p>
      {kind === 'SCORE' && (
        <ScoreInputs
          options={options}
          scores={scores}
          onChange={(k, n) => (edited(), setScores((s) => ({ ...s, [k]: n })))}
        />
      )}
      {kind === 'RANKED_CHOICE' && (
        <RankingInput options={options} ranking={ranking} onChange={(r) => (edited(), setRanking(r))} />
      )}
      {kind === 'DOT_VOTE' && (
        <DotsInputs
          options={options}
          dots={dots}
          limit={dotsPerMember}
          onChange={(k, n) => (edited(), setDots((d) => ({ ...d, [k]: n })))}
        />
      )}
      {kind === 'MEETING_TIME' && (
        <AvailabilityGrid
          options={options}
          answers={answers}
          onChange={(k, a) => (edited(), setAnswers((s) => ({ ...s, [k]: a })))}
        />
      )}
      {problem && (
        <p className={styles.problem} role="alert">
          {problem}
        </p>
      )}
      <FormAlert problems={server.general} title={t('ballot.failed')} />
      {saved && <Alert tone="success">{t('ballot.saved')}</Alert>}
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={fetching}>
          {current ? t('ballot.change') : t('ballot.cast')}
        </Button>
      </div>
    </form>
  );
}
