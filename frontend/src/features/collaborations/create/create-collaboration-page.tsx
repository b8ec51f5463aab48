import { useReducer, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { Button, FormAlert } from '../../../components/ui';
import { problemsOf, type Problem } from '../../../lib/errors';
import { localTimeZone } from '../../../lib/format';
import { useFormState } from '../../../lib/forms';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { CreateCollaboration } from '../api/create-collaboration';
import { GetCreatorTimeZone } from '../api/get-creator-time-zone';
import { commitmentAliases } from '../commitment-draft';
import { CommitmentStep } from './commitment-step';
import { checkStep, createInput, draftReducer, emptyDraft, stepOf, steps, type Step } from './draft';
import { GoalStep } from './goal-step';
import { NeedsStep } from './needs-step';
import { PlaceStep } from './place-step';
import { ValuesStep } from './values-step';
import styles from './create-collaboration-page.module.css';
import fieldStyles from '../../../components/ui/field.module.css';

const stepViews = [GoalStep, ValuesStep, PlaceStep, NeedsStep, CommitmentStep];
const aliases = commitmentAliases('commitment');

/**
 * Starting a collaboration in five short steps: the goal, its values, place and dates,
 * what it needs, and the creator's own commitment. Each step is checked before the next;
 * the server's errors bring the person back to the step they are about.
 */
export function CreateCollaborationPage() {
  const { t } = useTranslation('collaborations');
  useDocumentTitle(t('mine.start'));
  const navigate = useNavigate();
  const [chosen, dispatch] = useReducer(draftReducer, emptyDraft);
  const [{ data: creator }] = useQuery({ query: GetCreatorTimeZone });
  // Until the person picks one, the zone is their own setting, else the browser's.
  const draft = { ...chosen, timeZone: chosen.timeZone || creator?.viewer?.timeZone || localTimeZone() };
  const [step, setStep] = useState<Step>(0);
  const { errors, setErrors, formRef, check } = useFormState();
  const [general, setGeneral] = useState<Problem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const [{ fetching }, create] = useMutation(CreateCollaboration);
  const stepNames = steps();
  const last = step === stepNames.length - 1;
  const View = stepViews[step];

  function go(to: Step) {
    setStep(to);
    setErrors({});
    setGeneral([]);
    // Moving between steps starts the person at the new step's heading.
    setTimeout(() => heading.current?.focus());
  }

  function showServerError(error: CombinedError) {
    const problems = problemsOf(error);
    const fields: Record<string, string> = {};
    const rest: Problem[] = [];
    for (const p of problems) {
      const f = p.field ? (aliases[p.field] ?? p.field) : undefined;
      if (f && f !== 'commitment' && f !== 'needs') fields[f] = p.message;
      else rest.push(p);
    }
    const first = Object.keys(fields)[0];
    if (first !== undefined) setStep(stepOf(first));
    setGeneral(rest);
    // The server's problems are shown on their fields, as if found here.
    check(fields);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = checkStep(step, draft);
    setGeneral([]);
    if (!check(found)) return;
    if (!last) return go((step + 1) as Step);
    const result = await create({ input: createInput(draft) });
    const slug = result.data?.createCollaboration.collaboration.slug;
    if (result.error || !slug) return result.error && showServerError(result.error);
    void navigate(paths.collaboration(slug), {
      state: {
        notice: t('create.started'),
      },
    });
  }

  return (
    <div className="narrow create">
      <p className="eyebrow">{t('mine.start')}</p>
      <ol className={styles.stepper} aria-label={t('create.stepsLabel')}>
        {stepNames.map((s, i) => (
          <li
            key={s}
            className={
              i === step
                ? `${styles.stepperStep} ${styles.stepperStepCurrent}`
                : i < step
                  ? `${styles.stepperStep} ${styles.stepperStepDone}`
                  : styles.stepperStep
            }
            aria-current={i === step ? 'step' : undefined}
          >
            <span className={styles.stepperNumber} aria-hidden="true">
              {i + 1}
            </span>
            <span className={styles.stepperLabel}>{s}</span>
          </li>
        ))}
      </ol>
      <h1 ref={heading} tabIndex={-1}>
        <span className="visually-hidden">{t('create.stepOf', { n: step + 1, total: stepNames.length })} </span>
        {stepNames[step]}
      </h1>
      <form
        ref={formRef}
        className={fieldStyles.form}
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={stepNames[step]}
      >
        <View draft={draft} dispatch={dispatch} errors={errors} />
        <FormAlert problems={general} />
        <div className={`${fieldStyles.formActions} ${styles.formActionsWizard}`}>
          {step > 0 && (
            <Button variant="secondary" onClick={() => go((step - 1) as Step)}>
              {t('create.back')}
            </Button>
          )}
          <Button type="submit" busy={fetching}>
            {last ? t('create.start') : t('create.next')}
          </Button>
          {step === 0 && <Link to={paths.myCollaborations}>{t('cancel')}</Link>}
        </div>
      </form>
    </div>
  );
}
