import { useTranslation } from 'react-i18next';
import type { GetGatheringQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import styles from './gatherings.module.css';

type Answer = NonNullable<NonNullable<NonNullable<GetGatheringQuery['collaboration']>['gathering']>['answers']>[number];

/** Who is going, who may come, and the waiting list in its order; the viewer is marked. */
export function AnswerLists({ answers, viewerId }: { answers: Answer[]; viewerId?: string }) {
  const { t } = useTranslation('gatherings');
  const of = (status: Answer['status']) => answers.filter((a) => a.status === status);
  const name = (a: Answer) => (
    <>
      {a.person?.displayName ?? t('answers.formerMember')}
      {a.person && a.person.id === viewerId && <strong> {t('answers.you')}</strong>}
    </>
  );
  const going = of('GOING');
  const maybe = of('MAYBE');
  const waiting = of('WAITING');
  return (
    <div className={styles.lists}>
      <section aria-labelledby="going-heading">
        <h3 id="going-heading">{t('answers.goingHeading', { n: going.length })}</h3>
        {going.length === 0 ? (
          <p className={styles.muted}>{t('answers.nobodyYet')}</p>
        ) : (
          <ul className={styles.people} aria-label={t('answer.going')}>
            {going.map((a) => (
              <li key={a.person?.id ?? a.answeredAt}>{name(a)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="maybe-heading">
        <h3 id="maybe-heading">{t('answers.maybeHeading', { n: maybe.length })}</h3>
        {maybe.length === 0 ? (
          <p className={styles.muted}>{t('answers.nobody')}</p>
        ) : (
          <ul className={styles.people} aria-label={t('answer.maybe')}>
            {maybe.map((a) => (
              <li key={a.person?.id ?? a.answeredAt}>{name(a)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="waiting-heading">
        <h3 id="waiting-heading">{t('answers.waitingHeading', { n: waiting.length })}</h3>
        {waiting.length === 0 ? (
          <p className={styles.muted}>{t('answers.nobodyWaiting')}</p>
        ) : (
          <ol className={styles.waiting} aria-label={t('answers.waitingList')}>
            {waiting.map((a) => (
              <li key={a.person?.id ?? a.answeredAt}>
                {name(a)}{' '}
                <span className={styles.since}>{t('answers.since', { when: formatDateTime(a.answeredAt) })}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
