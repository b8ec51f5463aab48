import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('impact');
  const { history } = getFragmentData(OutcomeHistory_outcome, outcome);
  const Heading = `h${headingLevel}` as const;
  // One definition in a sentence: "Meals: from 10 meals up to 50 meals, no due date; serves food security."
  const definition = (r: (typeof history)[number]) => {
    const words = {
      name: r.name,
      baseline: formatWithUnit(r.baseline, r.unit),
      target: formatWithUnit(r.target, r.unit),
      due: r.dueAt ? t('history.due', { date: formatDate(r.dueAt) }) : t('noDueDate'),
    };
    const serves = listInWords(r.values.map((v) => v.name.toLowerCase()));
    if (r.direction === 'INCREASE') {
      return r.values.length > 0 ? t('history.upServes', { ...words, serves }) : t('history.up', words);
    }
    return r.values.length > 0 ? t('history.downServes', { ...words, serves }) : t('history.down', words);
  };
  return (
    <section className="history" aria-label={t('history.label')}>
      <Heading className={shared.historyTitle}>
        {history.length <= 1 ? t('history.once') : t('history.revised', { count: history.length - 1 })}
      </Heading>
      {history.length === 0 && <p className="muted">{t('history.onlyOne')}</p>}
      <ol className={styles.historyList}>
        {history.map((r, i) => (
          <li key={`${r.createdAt}-${i}`} className={styles.historyItem}>
            <p className="history__when">
              <strong>
                {i === 0 ? t('history.inForce') : i === history.length - 1 ? t('history.first') : t('history.earlier')}
              </strong>{' '}
              <span className="muted">
                {r.revisedBy
                  ? t('history.sinceBy', { date: formatDate(r.createdAt), name: r.revisedBy.displayName })
                  : t('history.since', { date: formatDate(r.createdAt) })}
              </span>
            </p>
            <p>{definition(r)}</p>
            {r.reason && (
              <p className={styles.historyReason}>
                {t('history.why')} <q>{r.reason}</q>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
