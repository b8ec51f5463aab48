import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../gql';
import { GoalHistory_revision, GoalOrigin } from '../../components/goal-history';
import styles from './decisions.module.css';
import cardStyles from '../../components/ui/card.module.css';

/** The goal now, with where it came from. */
export function CurrentGoal({
  slug,
  goal,
  revisions,
}: {
  slug: string;
  goal: string;
  revisions: FragmentType<typeof GoalHistory_revision>[];
}) {
  const { t } = useTranslation('decisions');
  const latest = revisions.length > 0 ? getFragmentData(GoalHistory_revision, revisions[0]) : undefined;
  return (
    <section className={`${cardStyles.card} current-goal`} aria-labelledby="goal-heading">
      <h2 id="goal-heading">{t('currentGoal.heading')}</h2>
      {goal.trim() ? (
        <blockquote className={styles.currentGoalText}>
          <p>{goal}</p>
        </blockquote>
      ) : (
        <p className="muted">{t('currentGoal.none')}</p>
      )}
      {latest && latest.goal === goal && <GoalOrigin slug={slug} revision={latest} />}
    </section>
  );
}
