import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { decisionPaths } from '../../lib/paths';
import styles from './participation-view.module.css';

export const ParticipationView_participation = graphql(`
  fragment ParticipationView_participation on Participation {
    taken
    needed
    eligible
    reached
    members {
      id
      handle
      displayName
    }
  }
`);

function members(n: number): string {
  return n === 1 ? '1 member' : `${n} members`;
}

/** "3 of 5 members have taken part; 3 needed." as it stands, or as it stood at closing. */
export function participationSentence(p: { taken: number; needed: number; eligible: number }, open: boolean): string {
  const of = `${p.taken} of ${members(p.eligible)}`;
  return open
    ? `${of} ${p.taken === 1 ? 'has' : 'have'} taken part; ${p.needed} needed.`
    : `${of} took part; ${p.needed} ${p.needed === 1 ? 'was' : 'were'} needed.`;
}

/**
 * Who takes part in a proposal against its quorum, as a sentence and a meter; the names
 * of those who took part, or for an anonymous proposal only how many.
 */
export function ParticipationView({
  participation,
  open,
  anonymous,
}: {
  participation: FragmentType<typeof ParticipationView_participation>;
  open: boolean;
  anonymous: boolean;
}) {
  const p = getFragmentData(ParticipationView_participation, participation);
  const tone = p.reached ? 'reached' : 'short';
  return (
    <div className={`${styles.participation} ${styles[`participation--${tone}`]}`}>
      <p className={styles.participationSentence}>
        <strong>{participationSentence(p, open)}</strong>{' '}
        {p.reached
          ? open
            ? 'Quorum is reached.'
            : 'Quorum was reached.'
          : open
            ? `${p.needed - p.taken} more to reach quorum.`
            : 'Quorum was not reached.'}
      </p>
      <progress
        className={styles.participationMeter}
        max={Math.max(p.needed, 1)}
        value={Math.min(p.taken, p.needed)}
        aria-label="Participation against quorum"
      >
        {p.taken} of {p.needed}
      </progress>
      {anonymous ? (
        <p className={styles.participationNote}>
          Positions are anonymous: the counts are shown, never who took which position.
        </p>
      ) : (
        p.members &&
        p.members.length > 0 && (
          <p className={styles.participationNote}>
            Took part:{' '}
            {p.members.map((m, i) => (
              <span key={m.id}>
                {i > 0 && (i === p.members!.length - 1 ? ' and ' : ', ')}
                <Link to={decisionPaths.person(m.handle)}>{m.displayName}</Link>
              </span>
            ))}
            .
          </p>
        )
      )}
    </div>
  );
}
