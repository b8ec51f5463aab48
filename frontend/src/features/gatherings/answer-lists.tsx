import type { GetGatheringQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import styles from './gatherings.module.css';

type Answer = NonNullable<NonNullable<NonNullable<GetGatheringQuery['collaboration']>['gathering']>['answers']>[number];

/** Who is going, who may come, and the waiting list in its order; the viewer is marked. */
export function AnswerLists({ answers, viewerId }: { answers: Answer[]; viewerId?: string }) {
  const of = (status: Answer['status']) => answers.filter((a) => a.status === status);
  const name = (a: Answer) => (
    <>
      {a.person?.displayName ?? 'A former member'}
      {a.person && a.person.id === viewerId && <strong> (you)</strong>}
    </>
  );
  const going = of('GOING');
  const maybe = of('MAYBE');
  const waiting = of('WAITING');
  return (
    <div className={styles.lists}>
      <section aria-labelledby="going-heading">
        <h3 id="going-heading">Going ({going.length})</h3>
        {going.length === 0 ? (
          <p className={styles.muted}>Nobody yet.</p>
        ) : (
          <ul className={styles.people} aria-label="Going">
            {going.map((a) => (
              <li key={a.person?.id ?? a.answeredAt}>{name(a)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="maybe-heading">
        <h3 id="maybe-heading">Maybe ({maybe.length})</h3>
        {maybe.length === 0 ? (
          <p className={styles.muted}>Nobody.</p>
        ) : (
          <ul className={styles.people} aria-label="Maybe">
            {maybe.map((a) => (
              <li key={a.person?.id ?? a.answeredAt}>{name(a)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="waiting-heading">
        <h3 id="waiting-heading">Waiting list ({waiting.length})</h3>
        {waiting.length === 0 ? (
          <p className={styles.muted}>Nobody is waiting.</p>
        ) : (
          <ol className={styles.waiting} aria-label="Waiting list">
            {waiting.map((a) => (
              <li key={a.person?.id ?? a.answeredAt}>
                {name(a)} <span className={styles.since}>since {formatDateTime(a.answeredAt)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
