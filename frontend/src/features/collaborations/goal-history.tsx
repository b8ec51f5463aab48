import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { formatDate } from '../../lib/format';

export const GoalHistory_collaboration = graphql(`
  fragment GoalHistory_collaboration on Collaboration {
    goalHistory {
      goal
      createdAt
      setBy {
        id
        handle
        displayName
      }
    }
  }
`);

/** Every goal the collaboration has had, newest first, so a change of goal is visible. */
export function GoalHistory({ collaboration }: { collaboration: FragmentType<typeof GoalHistory_collaboration> }) {
  const { goalHistory } = getFragmentData(GoalHistory_collaboration, collaboration);
  return (
    <section className="card goal-history" aria-labelledby="goal-history-heading">
      <h2 id="goal-history-heading">Goal history</h2>
      {goalHistory.length <= 1 ? (
        <p className="muted">The goal has not changed since the collaboration started.</p>
      ) : (
        <ol className="goal-history__list">
          {goalHistory.map((g, i) => (
            <li key={`${g.createdAt}-${i}`} className={i === 0 ? 'goal-history__current' : undefined}>
              <p className="goal-history__when">
                {i === 0 ? 'The goal now, set ' : 'An earlier goal, set '}
                {formatDate(g.createdAt)}
                {g.setBy && (
                  <>
                    {' '}
                    by <Link to={paths.person(g.setBy.handle)}>{g.setBy.displayName}</Link>
                  </>
                )}
              </p>
              <p className="goal-history__goal">{g.goal}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
