import { useTranslation } from 'react-i18next';
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

const parts = ['agree', 'abstain', 'disagree', 'block'] as const;

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
  const { t } = useTranslation('decisions');
  const n = getFragmentData(TallyView_tally, tally);
  const total = n.agree + n.abstain + n.disagree + n.block;
  const word = {
    agree: t('tally.agree', { count: n.agree }),
    abstain: t('tally.abstain', { count: n.abstain }),
    disagree: t('tally.disagree', { count: n.disagree }),
    block: t('tally.block', { count: n.block }),
  };
  return (
    <div className={styles.tally}>
      <ul className={styles.tallyCounts} aria-label={t('tally.label')}>
        {parts.map((p) => (
          <li key={p} className={`${styles.tallyCount} ${styles[`tally__count--${n[p] > 0 ? p : 'none'}`]}`}>
            <span className={styles.tallyNumber}>{n[p]}</span> <span className={styles.tallyWord}>{word[p]}</span>
          </li>
        ))}
      </ul>
      {total > 0 && (
        <div className={styles.tallyBar} aria-hidden="true">
          {parts.map((p) =>
            n[p] > 0 ? (
              <span key={p} className={`tally__segment ${styles[`tally__segment--${p}`]}`} style={{ flexGrow: n[p] }} />
            ) : null,
          )}
        </div>
      )}
      {status === 'OPEN' && <p className={styles.tallyMeaning}>{projection(n, reached)}</p>}
    </div>
  );
}
