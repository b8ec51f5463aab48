import { useTranslation } from 'react-i18next';
import type { Availability } from '../../gql/graphql';
import { Button } from '../../components/ui';
import { availabilities } from './poll-words';
import styles from './ballot-form.module.css';

/** A symbol, not a word: the button's aria-label says what it does. */
const cross = '✕';

export interface Option {
  key: number;
  label: string;
}

/** A score from 0 to 5 for every option, as a row of radio buttons each. */
export function ScoreInputs({
  options,
  scores,
  onChange,
}: {
  options: Option[];
  scores: Record<number, number | undefined>;
  onChange: (key: number, score: number) => void;
}) {
  const { t } = useTranslation('decisions');
  return (
    <div className={styles.rows}>
      {options.map((o) => (
        <fieldset key={o.key} className={styles.row}>
          <legend className={styles.rowLabel}>{o.label}</legend>
          <div className={styles.scale}>
            {[0, 1, 2, 3, 4, 5].map((n) => (
              <label key={n} className={styles.scalePoint}>
                <input
                  type="radio"
                  name={`score-${o.key}`}
                  value={n}
                  checked={scores[o.key] === n}
                  onChange={() => onChange(o.key, n)}
                  aria-label={t('ballot.optionValue', { option: o.label, value: n })}
                />
                <span aria-hidden="true">{n}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}

/** A ranking: the options ranked so far, moved up and down, and the ones left to add. */
export function RankingInput({
  options,
  ranking,
  onChange,
}: {
  options: Option[];
  /** Option keys, first preference first. */
  ranking: number[];
  onChange: (ranking: number[]) => void;
}) {
  const { t } = useTranslation('decisions');
  const byKey = new Map(options.map((o) => [o.key, o]));
  const unranked = options.filter((o) => !ranking.includes(o.key));
  const move = (i: number, by: number) => {
    const next = [...ranking];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  return (
    <div className={styles.ranking}>
      <ol className={styles.ranked} aria-label={t('ballot.ranking')}>
        {ranking.map((k, i) => (
          <li key={k} className={styles.rankedItem}>
            <span className={styles.rank} aria-hidden="true">
              {i + 1}
            </span>
            <span className={styles.rankedLabel}>{byKey.get(k)?.label}</span>
            <span className={styles.rankedActions}>
              <Button
                size="sm"
                variant="secondary"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={t('ballot.moveUp', { option: byKey.get(k)?.label })}
              >
                ↑
              </Button>
              <Button
                size="sm"
                variant="secondary"
                disabled={i === ranking.length - 1}
                onClick={() => move(i, 1)}
                aria-label={t('ballot.moveDown', { option: byKey.get(k)?.label })}
              >
                ↓
              </Button>
              <Button
                size="sm"
                variant="secondary"
                onClick={() => onChange(ranking.filter((x) => x !== k))}
                aria-label={t('ballot.unrank', { option: byKey.get(k)?.label })}
              >
                {cross}
              </Button>
            </span>
          </li>
        ))}
      </ol>
      {ranking.length === 0 && <p className="muted">{t('ballot.rankHint')}</p>}
      {unranked.length > 0 && (
        <div className={styles.unranked}>
          <p className={styles.rowLabel}>{ranking.length > 0 ? t('ballot.notRankedSome') : t('ballot.notRanked')}</p>
          <ul>
            {unranked.map((o) => (
              <li key={o.key}>
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => onChange([...ranking, o.key])}
                  aria-label={t('ballot.rankNext', { option: o.label })}
                >
                  + {o.label}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Dots spread over the options, with how many are left. */
export function DotsInputs({
  options,
  dots,
  limit,
  onChange,
}: {
  options: Option[];
  dots: Record<number, number>;
  limit: number;
  onChange: (key: number, n: number) => void;
}) {
  const { t } = useTranslation('decisions');
  const used = Object.values(dots).reduce((a, b) => a + b, 0);
  const left = limit - used;
  return (
    <div className={styles.rows}>
      <p className={left < 0 ? styles.overLimit : styles.dotsLeft} role="status">
        {left >= 0 ? t('ballot.dotsLeft', { count: limit, left }) : t('ballot.dotsOver', { count: -left, limit })}
      </p>
      {options.map((o) => {
        const n = dots[o.key] ?? 0;
        return (
          <div key={o.key} className={`${styles.row} ${styles.dotRow}`}>
            <span className={styles.rowLabel} id={`dots-${o.key}`}>
              {o.label}
            </span>
            <span className={styles.dotControls}>
              <Button
                size="sm"
                variant="secondary"
                disabled={n === 0}
                onClick={() => onChange(o.key, n - 1)}
                aria-label={t('ballot.dotLess', { option: o.label })}
              >
                −
              </Button>
              <span className={styles.dotCount}>{n}</span>
              <Button
                size="sm"
                variant="secondary"
                disabled={left <= 0}
                onClick={() => onChange(o.key, n + 1)}
                aria-label={t('ballot.dotMore', { option: o.label })}
              >
                +
              </Button>
            </span>
          </div>
        );
      })}
    </div>
  );
}

/** Yes, if need be or no for every time slot, as a grid. */
export function AvailabilityGrid({
  options,
  answers,
  onChange,
}: {
  options: Option[];
  answers: Record<number, Availability | undefined>;
  onChange: (key: number, a: Availability) => void;
}) {
  const { t } = useTranslation('decisions');
  const answerWords = availabilities();
  return (
    <table className={styles.grid}>
      <thead>
        <tr>
          <th scope="col">{t('results.slot')}</th>
          {answerWords.map((a) => (
            <th key={a.value} scope="col">
              {a.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {options.map((o) => (
          <tr key={o.key}>
            <th scope="row">{o.label}</th>
            {answerWords.map((a) => (
              <td key={a.value}>
                <input
                  type="radio"
                  name={`slot-${o.key}`}
                  value={a.value}
                  checked={answers[o.key] === a.value}
                  onChange={() => onChange(o.key, a.value)}
                  aria-label={t('ballot.optionValue', { option: o.label, value: a.label })}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
