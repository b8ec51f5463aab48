import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('collaborations');
  const c = getFragmentData(DecidedTimes_collaboration, collaboration);
  if (c.decidedTimes.length === 0) return null;
  return (
    <section className={styles.dates} aria-labelledby="decided-times-heading">
      <h2 id="decided-times-heading">{t('decidedTimes.heading')}</h2>
      <ul className={styles.list}>
        {c.decidedTimes.map((d) => (
          <li key={d.proposal.id} className={styles.item}>
            <span className={styles.when}>{d.slot.label}</span>
            <span>
              <Link to={decisionPaths.proposal(c.slug, d.proposal.id)}>{d.proposal.title}</Link>
              {d.slot.localStart && d.slot.localEnd && d.slot.timeZone && (
                <>
                  {' · '}
                  <Link
                    to={planGatheringPath(c.slug, d.proposal.title, {
                      start: d.slot.localStart,
                      end: d.slot.localEnd,
                      timeZone: d.slot.timeZone,
                    })}
                  >
                    {t('decidedTimes.plan')}
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
