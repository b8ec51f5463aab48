import { Meaning } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import styles from './committee-signal.module.css';
import cardStyles from '../../components/ui/card.module.css';

export const CommitteeSignal_signal = graphql(`
  fragment CommitteeSignal_signal on CommitteeSignal {
    talk
    do
    flagged
    windowDays
  }
`);

/**
 * The committee signal: talk (proposals, positions, comments) against do (contributions,
 * measurements) over the last days, and what the comparison means.
 */
export function CommitteeSignal({ signal }: { signal: FragmentType<typeof CommitteeSignal_signal> }) {
  const s = getFragmentData(CommitteeSignal_signal, signal);
  return (
    <section
      className={`${cardStyles.card} ${styles.signal}${s.flagged ? ` ${styles.signalFlagged}` : ''}`}
      aria-labelledby="signal-heading"
    >
      <h2 id="signal-heading">Talk and do</h2>
      <p className={styles.signalWindow}>
        The last {s.windowDays} days <Meaning term="committeeSignal" />
      </p>
      <dl className={styles.signalCounts}>
        <div className={styles.signalCount}>
          <dt>Talk</dt>
          <dd>
            <span className={styles.signalNumber}>{s.talk}</span>
            <span className={styles.signalWhat}>proposals, positions and comments</span>
          </dd>
        </div>
        <div className={styles.signalCount}>
          <dt>Do</dt>
          <dd>
            <span className={styles.signalNumber}>{s.do}</span>
            <span className={styles.signalWhat}>contributions and measurements</span>
          </dd>
        </div>
      </dl>
      {s.flagged ? (
        <p className={styles.signalVerdict} role="note">
          <strong>This is turning into a committee.</strong> There is far more talk than work
          done: at least 5 acts of talk and less than one contribution or measurement for every
          five. Log what you have done, or do what was decided.
        </p>
      ) : (
        <p className={styles.signalVerdict}>
          A collaboration is flagged when it talks at least 5 times and does less than a fifth
          as much, because a committee is not collaboration.
        </p>
      )}
    </section>
  );
}
