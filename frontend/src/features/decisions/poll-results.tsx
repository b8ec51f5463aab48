import { LinkButton } from '../../components/ui';
import { formatNumber } from '../../lib/format';
import type { PollView_ProposalFragment } from '../../gql/graphql';
import { planGatheringPath } from '../../lib/paths';
import styles from './poll-results.module.css';

type Poll = PollView_ProposalFragment;

/** The options' labels by key. */
function labels(p: Poll): Map<number, string> {
  return new Map(p.options.map((o) => [o.key, o.label]));
}

/** The runoff round by round: one column per round, one row per option, "out" once eliminated. */
function RoundsTable({ p }: { p: Poll }) {
  const rounds = p.results?.rounds ?? [];
  const name = labels(p);
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption>Instant-runoff, round by round</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            {rounds.map((_, i) => (
              <th key={i} scope="col">
                Round {i + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.options.map((o) => (
            <tr key={o.key} className={o.chosen ? styles.won : undefined}>
              <th scope="row">{o.label}</th>
              {rounds.map((r, i) => {
                const c = r.counts.find((x) => x.option === o.key);
                return (
                  <td key={i}>
                    {c ? c.votes : <span className="muted">out</span>}
                    {r.eliminated === o.key && <span className={styles.note}> eliminated</span>}
                    {r.elected === o.key && <span className={styles.note}> elected</span>}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row" className={styles.soft}>
              Exhausted ballots
            </th>
            {rounds.map((r, i) => (
              <td key={i} className={styles.soft}>
                {r.exhausted}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <ol className={styles.story}>
        {rounds.map((r, i) => {
          const counting = r.counts.reduce((a, c) => a + c.votes, 0);
          return (
            <li key={i}>
              Round {i + 1}: {counting} {counting === 1 ? 'ballot counts' : 'ballots count'}
              {r.elected != null
                ? `; ${name.get(r.elected)} has more than half and is elected.`
                : r.eliminated != null
                  ? `; nobody has more than half, so ${name.get(r.eliminated)}, with the fewest, is eliminated and its ballots go to their next choice.`
                  : '; the options left are even.'}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** Each option's tally for a score poll, a dot vote or a meeting-time poll. */
function TallyTable({ p }: { p: Poll }) {
  const tally = new Map((p.results?.options ?? []).map((t) => [t.option, t]));
  const kind = p.decisionKind;
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{kind === 'MEETING_TIME' ? 'Slot' : 'Option'}</th>
            {kind === 'SCORE' && (
              <>
                <th scope="col">Mean score</th>
                <th scope="col">Sum</th>
              </>
            )}
            {kind === 'DOT_VOTE' && <th scope="col">Dots</th>}
            {kind === 'MEETING_TIME' && (
              <>
                <th scope="col">Yes</th>
                <th scope="col">If need be</th>
                <th scope="col">No</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {p.options.map((o) => {
            const t = tally.get(o.key);
            return (
              <tr key={o.key} className={o.chosen ? styles.won : undefined}>
                <th scope="row">{o.label}</th>
                {kind === 'SCORE' && (
                  <>
                    <td>{formatNumber(t?.mean ?? 0)}</td>
                    <td>{t?.total ?? 0}</td>
                  </>
                )}
                {kind === 'DOT_VOTE' && <td>{t?.total ?? 0}</td>}
                {kind === 'MEETING_TIME' && (
                  <>
                    <td>{t?.yes ?? 0}</td>
                    <td>{t?.ifNeedBe ?? 0}</td>
                    <td>{t?.no ?? 0}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * How a closed poll came out: the winner, or the options that tied; each option's tally,
 * the runoff round by round; for a meeting-time poll, the chosen slot and a way to plan a
 * gathering then.
 */
export function PollResults({ p, slug }: { p: Poll; slug: string }) {
  const r = p.results;
  if (!r) return null;
  const name = labels(p);
  const winners = r.winners.map((k) => name.get(k) ?? `Option ${k}`);
  const chosen = p.decisionKind === 'MEETING_TIME' ? p.options.find((o) => o.chosen) : undefined;
  return (
    <section className={styles.results} aria-labelledby="results-heading">
      <h2 id="results-heading">Result</h2>
      <p className={styles.headline}>
        {winners.length === 0
          ? 'No option was chosen.'
          : r.tie
            ? `A tie between ${winners.join(' and ')}. Nothing is picked at random: the members choose between them.`
            : p.decisionKind === 'MEETING_TIME'
              ? `The chosen time: ${winners[0]}.`
              : `${winners[0]} wins.`}{' '}
        <span className="muted">
          {r.ballots} {r.ballots === 1 ? 'ballot' : 'ballots'} counted.
        </span>
      </p>
      {chosen?.localStart && chosen.localEnd && chosen.timeZone && (
        <p>
          <LinkButton
            to={planGatheringPath(slug, p.title, {
              start: chosen.localStart,
              end: chosen.localEnd,
              timeZone: chosen.timeZone,
            })}
          >
            Plan a gathering at this time
          </LinkButton>
        </p>
      )}
      {p.decisionKind === 'RANKED_CHOICE' ? <RoundsTable p={p} /> : <TallyTable p={p} />}
    </section>
  );
}

/** An open poll's options (its time slots for a meeting-time poll), as listed. */
export function PollOptionList({ p }: { p: Poll }) {
  return (
    <section className={styles.results} aria-labelledby="options-heading">
      <h2 id="options-heading">{p.decisionKind === 'MEETING_TIME' ? 'The time slots' : 'The options'}</h2>
      <ol className={styles.story}>
        {p.options.map((o) => (
          <li key={o.key}>{o.label}</li>
        ))}
      </ol>
    </section>
  );
}
