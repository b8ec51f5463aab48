import { Meaning } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

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
      className={`card signal${s.flagged ? ' signal--flagged' : ''}`}
      aria-labelledby="signal-heading"
    >
      <h2 id="signal-heading">Talk and do</h2>
      <p className="signal__window">
        The last {s.windowDays} days <Meaning term="committeeSignal" />
      </p>
      <dl className="signal__counts">
        <div className="signal__count">
          <dt>Talk</dt>
          <dd>
            <span className="signal__number">{s.talk}</span>
            <span className="signal__what">proposals, positions and comments</span>
          </dd>
        </div>
        <div className="signal__count">
          <dt>Do</dt>
          <dd>
            <span className="signal__number">{s.do}</span>
            <span className="signal__what">contributions and measurements</span>
          </dd>
        </div>
      </dl>
      {s.flagged ? (
        <p className="signal__verdict" role="note">
          <strong>This is turning into a committee.</strong> There is far more talk than work
          done: at least 5 acts of talk and less than one contribution or measurement for every
          five. Log what you have done, or do what was decided.
        </p>
      ) : (
        <p className="signal__verdict">
          A collaboration is flagged when it talks at least 5 times and does less than a fifth
          as much, because a committee is not collaboration.
        </p>
      )}
    </section>
  );
}
