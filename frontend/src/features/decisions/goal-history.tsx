import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { GoalHistory_RevisionFragment } from '../../gql/graphql';
import { decisionPaths } from '../../lib/paths';
import { formatDate } from '../../lib/format';

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
function Origin({ slug, revision: r }: { slug: string; revision: Revision }) {
  const who = r.setBy ? (
    <Link to={decisionPaths.person(r.setBy.handle)}>{r.setBy.displayName}</Link>
  ) : (
    'someone'
  );
  return (
    <p className="goal-history__origin">
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
  const latest = revisions.length > 0 ? getFragmentData(GoalHistory_revision, revisions[0]) : undefined;
  return (
    <section className="card current-goal" aria-labelledby="goal-heading">
      <h2 id="goal-heading">The goal now</h2>
      {goal.trim() ? (
        <blockquote className="current-goal__text">
          <p>{goal}</p>
        </blockquote>
      ) : (
        <p className="muted">No goal is written down. A goal proposal, once adopted, sets one.</p>
      )}
      {latest && latest.goal === goal && <Origin slug={slug} revision={latest} />}
    </section>
  );
}

/** How an earlier goal was replaced: by which proposal, or directly by whom, and when. */
function Replaced({ slug, by }: { slug: string; by: Revision }) {
  return (
    <p className="goal-history__replaced">
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
 * Every earlier goal, newest first: how it was set and the proposal that replaced it.
 * `revisions` is the whole history, newest (the goal now) first.
 */
export function GoalHistory({
  slug,
  revisions,
}: {
  slug: string;
  revisions: FragmentType<typeof GoalHistory_revision>[];
}) {
  const all = revisions.map((r) => getFragmentData(GoalHistory_revision, r));
  const earlier = all.slice(1);
  return (
    <section className="card goal-history" aria-labelledby="history-heading">
      <h2 id="history-heading">Earlier goals</h2>
      {earlier.length === 0 ? (
        <p className="muted">
          The goal has not changed yet. When a goal proposal is adopted it replaces the goal,
          and the old one is kept here.
        </p>
      ) : (
        <ol className="goal-history__list">
          {earlier.map((r, i) => (
            <li key={`${r.createdAt}-${i}`} className="goal-history__item">
              <blockquote className="goal-history__goal">
                <p>{r.goal.trim() || '(no goal)'}</p>
              </blockquote>
              <Replaced slug={slug} by={all[i]} />
              <Origin slug={slug} revision={r} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
