import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { GoalHistory_RevisionFragment } from '../gql/graphql';
import { formatDate } from '../lib/format';
import { decisionPaths } from '../lib/paths';
import styles from './goal-history.module.css';
import cardStyles from './ui/card.module.css';

export const GoalHistory_revision = graphql(`
  fragment GoalHistory_revision on GoalRevision {
    goal
    createdAt
    setBy {
      handle
      displayName
    }
    proposal {
      id
      title
    }
  }
`);

type Revision = GoalHistory_RevisionFragment;

/** Who set a goal, when, and through which proposal. */
export function GoalOrigin({ slug, revision: r }: { slug: string; revision: Revision }) {
  const { t } = useTranslation();
  const components = {
    time: <time dateTime={r.createdAt} />,
    proposal: r.proposal ? <Link to={decisionPaths.proposal(slug, r.proposal.id)} /> : <span />,
    person: r.setBy ? <Link to={decisionPaths.person(r.setBy.handle)} /> : <span />,
  };
  const values = { date: formatDate(r.createdAt), title: r.proposal?.title, name: r.setBy?.displayName };
  // One sentence per case, so that each language orders and inflects it whole.
  return (
    <p className={styles.origin}>
      {r.proposal ? (
        r.setBy ? (
          <Trans t={t} i18nKey="goalHistory.adoptedBy" values={values} components={components} />
        ) : (
          <Trans t={t} i18nKey="goalHistory.adoptedBySomeone" values={values} components={components} />
        )
      ) : r.setBy ? (
        <Trans t={t} i18nKey="goalHistory.setBy" values={values} components={components} />
      ) : (
        <Trans t={t} i18nKey="goalHistory.setBySomeone" values={values} components={components} />
      )}
    </p>
  );
}

/** How an earlier goal was replaced: by which proposal, or directly by whom, and when. */
function Replaced({ slug, by }: { slug: string; by: Revision }) {
  const { t } = useTranslation();
  const components = {
    time: <time dateTime={by.createdAt} />,
    proposal: by.proposal ? <Link to={decisionPaths.proposal(slug, by.proposal.id)} /> : <span />,
  };
  const values = { date: formatDate(by.createdAt), title: by.proposal?.title, name: by.setBy?.displayName };
  return (
    <p className={styles.replaced}>
      {by.proposal ? (
        <Trans t={t} i18nKey="goalHistory.replacedByProposal" values={values} components={components} />
      ) : by.setBy ? (
        <Trans t={t} i18nKey="goalHistory.replacedDirectlyBy" values={values} components={components} />
      ) : (
        <Trans t={t} i18nKey="goalHistory.replacedDirectly" values={values} components={components} />
      )}
    </p>
  );
}

/**
 * Every earlier goal, newest first: how it was set and what replaced it. `revisions` is
 * the whole history, newest (the goal now) first; the goal now is shown elsewhere.
 */
export function GoalHistory({
  slug,
  revisions,
  heading,
}: {
  slug: string;
  revisions: FragmentType<typeof GoalHistory_revision>[];
  heading: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const all = revisions.map((r) => getFragmentData(GoalHistory_revision, r));
  const earlier = all.slice(1);
  return (
    <section className={`${cardStyles.card} ${styles.history}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {earlier.length === 0 ? (
        <p className="muted">{t('goalHistory.unchanged')}</p>
      ) : (
        <ol className={styles.list}>
          {earlier.map((r, i) => (
            <li key={`${r.createdAt}-${i}`}>
              <blockquote className={styles.goal}>
                <p>{r.goal.trim() || t('goalHistory.noGoal')}</p>
              </blockquote>
              <Replaced slug={slug} by={all[i]} />
              <GoalOrigin slug={slug} revision={r} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
