import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { decisionPaths, planGatheringPath } from '../../lib/paths';
import styles from './decided-times.module.css';

export const DecidedTimes_collaboration = graphql(`
  fragment DecidedTimes_collaboration on Collaboration {
    slug
    decidedTimes {
      proposal {
        id
        title
      }
      slot {
        label
        localStart
        localEnd
        timeZone
      }
    }
  }
`);

/** The times the members chose with meeting-time polls, soonest first, each with its poll. */
export function DecidedTimes({ collaboration }: { collaboration: FragmentType<typeof DecidedTimes_collaboration> }) {
  const c = getFragmentData(DecidedTimes_collaboration, collaboration);
  if (c.decidedTimes.length === 0) return null;
  return (
    <section className={styles.dates} aria-labelledby="decided-times-heading">
      <h2 id="decided-times-heading">Dates decided</h2>
      <ul className={styles.list}>
        {c.decidedTimes.map((t) => (
          <li key={t.proposal.id} className={styles.item}>
            <span className={styles.when}>{t.slot.label}</span>
            <span>
              <Link to={decisionPaths.proposal(c.slug, t.proposal.id)}>{t.proposal.title}</Link>
              {t.slot.localStart && t.slot.localEnd && t.slot.timeZone && (
                <>
                  {' · '}
                  <Link
                    to={planGatheringPath(c.slug, t.proposal.title, {
                      start: t.slot.localStart,
                      end: t.slot.localEnd,
                      timeZone: t.slot.timeZone,
                    })}
                  >
                    Plan a gathering at this time
                  </Link>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
