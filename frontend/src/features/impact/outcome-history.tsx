import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { listInWords } from './words';
import { formatDate, formatWithUnit } from '../../lib/format';
import shared from './impact.module.css';
import styles from './outcome-history.module.css';

export const OutcomeHistory_outcome = graphql(`
  fragment OutcomeHistory_outcome on Outcome {
    history {
      name
      unit
      baseline
      target
      direction
      dueAt
      reason
      createdAt
      values {
        id
        name
      }
      revisedBy {
        id
        displayName
      }
    }
  }
`);

/** Every definition an outcome has had, newest (the one in force) first. */
export function OutcomeHistory({
  outcome,
  headingLevel = 4,
}: {
  outcome: FragmentType<typeof OutcomeHistory_outcome>;
  headingLevel?: 2 | 3 | 4;
}) {
  const { history } = getFragmentData(OutcomeHistory_outcome, outcome);
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="history" aria-label="Definitions over time">
      <Heading className={shared.historyTitle}>
        {history.length <= 1
          ? 'Defined once, never revised'
          : `Defined, then revised ${history.length - 1} ${history.length === 2 ? 'time' : 'times'}`}
      </Heading>
      {history.length === 0 && <p className="muted">Its definition above is the only one it has had.</p>}
      <ol className={styles.historyList}>
        {history.map((r, i) => (
          <li key={`${r.createdAt}-${i}`} className={styles.historyItem}>
            <p className="history__when">
              <strong>{i === 0 ? 'In force' : i === history.length - 1 ? 'First definition' : 'Earlier'}</strong>{' '}
              <span className="muted">
                since {formatDate(r.createdAt)}
                {r.revisedBy && <>, by {r.revisedBy.displayName}</>}
              </span>
            </p>
            <p>
              {r.name}: from {formatWithUnit(r.baseline, r.unit)} {r.direction === 'INCREASE' ? 'up' : 'down'} to{' '}
              {formatWithUnit(r.target, r.unit)}, {r.dueAt ? `due ${formatDate(r.dueAt)}` : 'no due date'}
              {r.values.length > 0 && <>; serves {listInWords(r.values.map((v) => v.name.toLowerCase()))}</>}.
            </p>
            {r.reason && (
              <p className={styles.historyReason}>
                Why: <q>{r.reason}</q>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
