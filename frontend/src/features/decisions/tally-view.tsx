import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ProposalStatus } from '../../gql/graphql';
import { projection } from './outcome';
import styles from './tally-view.module.css';

export const TallyView_tally = graphql(`
  fragment TallyView_tally on Tally {
    agree
    abstain
    disagree
    block
  }
`);

const parts = [
  { key: 'agree', one: 'agrees', many: 'agree' },
  { key: 'abstain', one: 'abstains', many: 'abstain' },
  { key: 'disagree', one: 'disagrees', many: 'disagree' },
  { key: 'block', one: 'blocks', many: 'block' },
] as const;

/**
 * How many members take each stance, as numbers and a bar; for an open proposal also what
 * would happen if it closed now (a closed one says its outcome elsewhere).
 */
export function TallyView({
  tally,
  status,
  reached = true,
}: {
  tally: FragmentType<typeof TallyView_tally>;
  status: ProposalStatus;
  /** Whether enough members have taken part for it to decide (quorum). */
  reached?: boolean;
}) {
  const t = getFragmentData(TallyView_tally, tally);
  const total = t.agree + t.abstain + t.disagree + t.block;
  return (
    <div className={styles.tally}>
      <ul className={styles.tallyCounts} aria-label="Positions taken">
        {parts.map((p) => (
          <li
            key={p.key}
            className={`${styles.tallyCount} ${styles[`tally__count--${t[p.key] > 0 ? p.key : 'none'}`]}`}
          >
            <span className={styles.tallyNumber}>{t[p.key]}</span>{' '}
            <span className={styles.tallyWord}>{t[p.key] === 1 ? p.one : p.many}</span>
          </li>
        ))}
      </ul>
      {total > 0 && (
        <div className={styles.tallyBar} aria-hidden="true">
          {parts.map((p) =>
            t[p.key] > 0 ? (
              <span
                key={p.key}
                className={`tally__segment ${styles[`tally__segment--${p.key}`]}`}
                style={{ flexGrow: t[p.key] }}
              />
            ) : null,
          )}
        </div>
      )}
      {status === 'OPEN' && <p className={styles.tallyMeaning}>{projection(t, reached)}</p>}
    </div>
  );
}
