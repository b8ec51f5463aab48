import { useId } from 'react';
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
  const who = r.setBy ? (
    <Link to={decisionPaths.person(r.setBy.handle)}>{r.setBy.displayName}</Link>
  ) : (
    'someone'
  );
  return (
    <p className={styles.origin}>
      {r.proposal ? (
        <>
          Adopted on <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time> from{' '}
          <Link to={decisionPaths.proposal(slug, r.proposal.id)}>{r.proposal.title}</Link>, proposed
          by {who}.
        </>
      ) : (
        <>
          Set by {who} on <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>.
        </>
      )}
    </p>
  );
}

/** How an earlier goal was replaced: by which proposal, or directly by whom, and when. */
function Replaced({ slug, by }: { slug: string; by: Revision }) {
  return (
    <p className={styles.replaced}>
      Replaced on <time dateTime={by.createdAt}>{formatDate(by.createdAt)}</time>{' '}
      {by.proposal ? (
        <>
          by the proposal{' '}
          <Link to={decisionPaths.proposal(slug, by.proposal.id)}>{by.proposal.title}</Link>.
        </>
      ) : (
        <>directly{by.setBy ? ` by ${by.setBy.displayName}` : ''}.</>
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
  const headingId = useId();
  const all = revisions.map((r) => getFragmentData(GoalHistory_revision, r));
  const earlier = all.slice(1);
  return (
    <section className={`${cardStyles.card} ${styles.history}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {earlier.length === 0 ? (
        <p className="muted">
          The goal has not changed yet. When a goal proposal is adopted it replaces the goal,
          and the old one is kept here.
        </p>
      ) : (
        <ol className={styles.list}>
          {earlier.map((r, i) => (
            <li key={`${r.createdAt}-${i}`}>
              <blockquote className={styles.goal}>
                <p>{r.goal.trim() || '(no goal)'}</p>
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
