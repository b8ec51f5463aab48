import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState, Loading, Meaning } from '../../components/ui';
import { formatPercent, formatQuantity, type ShownQuantity } from '../../lib/format';
import { i18n } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { clampRatio, unitLabel } from '../../lib/quantity';
import { valueName } from '../../lib/values-catalog';
import { GetCollaborationStatedVsLived, GetPersonStatedVsLived } from './api/get-stated-vs-lived';
import styles from './stated-lived.module.css';

interface ValueRef {
  id: string;
  name: string;
  slug: string;
}

/** Stated vs lived values as the API gives them (Person.statedVsLived, Collaboration.statedVsLived). */
export interface StatedVsLivedData {
  stated: readonly { value: ValueRef; share: number }[];
  lived: readonly {
    counted: ShownQuantity & { amount: string };
    contributions: number;
    overlap: number;
    values: readonly { value: ValueRef; stated: number; lived: number; difference: number }[];
  }[];
}

/** lived − stated as percentage points: "+5 points", "−15 points", "0 points". */
export function formatPoints(difference: number): string {
  const points = Math.round(Number((difference * 100).toFixed(6)));
  const sign = points > 0 ? '+' : points < 0 ? '−' : '';
  return i18n.t('impact:statedLived.points', { count: Math.abs(points), sign });
}

interface Row {
  value: ValueRef;
  stated: number;
  lived: number | null;
  difference: number | null;
}

/**
 * Declared value shares beside where confirmed effort went, one kind and unit at a time:
 * per value two bars (stated, lived) with their figures, or the same as a table.
 */
export function StatedLived({ data, whose }: { data: StatedVsLivedData; whose: 'person' | 'collaboration' }) {
  // The kind and unit with the most confirmed contributions comes first.
  const { t } = useTranslation('impact');
  const [unit, setUnit] = useState(() =>
    data.lived.reduce((best, l, i) => (l.contributions > data.lived[best].contributions ? i : best), 0),
  );
  const [asTable, setAsTable] = useState(false);
  const selectId = useId();
  const headingId = useId();
  const effort = data.lived[Math.min(unit, data.lived.length - 1)];
  const rows: Row[] = effort
    ? effort.values.map((v) => ({ value: v.value, stated: v.stated, lived: v.lived, difference: v.difference }))
    : data.stated.map((s) => ({ value: s.value, stated: s.share, lived: null, difference: null }));

  return (
    <section className={styles.statedLived} aria-labelledby={headingId} data-testid="stated-lived">
      <h2 id={headingId}>{t('statedLived.heading')}</h2>
      <p className={styles.explain}>
        {whose === 'person' ? t('statedLived.explainPerson') : t('statedLived.explainCollaboration')}{' '}
        <Meaning term="statedVsLived" />
      </p>
      {whose === 'collaboration' && <p className={styles.explain}>{t('statedLived.untilLinked')}</p>}
      {rows.length === 0 ? (
        <p className="muted">{whose === 'person' ? t('statedLived.emptyPerson') : t('statedLived.empty')}</p>
      ) : (
        <>
          <div className={styles.controls}>
            {data.lived.length > 1 && (
              <span className={styles.unitPick}>
                <label htmlFor={selectId}>{t('statedLived.effortIn')}</label>
                <select id={selectId} value={unit} onChange={(e) => setUnit(Number(e.target.value))}>
                  {data.lived.map((l, i) => (
                    <option key={i} value={i}>
                      {unitLabel(l.counted.kind, l.counted.unit, l.counted.currency)}
                    </option>
                  ))}
                </select>
              </span>
            )}
            <button
              type="button"
              className={styles.toggle}
              aria-pressed={asTable}
              onClick={() => setAsTable((t) => !t)}
            >
              {asTable ? t('statedLived.showChart') : t('statedLived.showTable')}
            </button>
          </div>
          {effort ? (
            <p className={styles.counted}>
              {t('statedLived.counted', {
                count: effort.contributions,
                amount: formatQuantity(effort.counted),
                overlap: formatPercent(clampRatio(effort.overlap)),
              })}
            </p>
          ) : (
            <p className={styles.counted}>{t('statedLived.noEffort')}</p>
          )}
          {asTable ? (
            <table className={styles.table}>
              <caption className="visually-hidden">{t('statedLived.perValue')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('statedLived.value')}</th>
                  <th scope="col">{t('statedLived.stated')}</th>
                  <th scope="col">{t('statedLived.lived')}</th>
                  <th scope="col">{t('statedLived.difference')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.value.id}>
                    <th scope="row">
                      <Link to={paths.value(r.value.slug)}>{valueName(r.value)}</Link>
                    </th>
                    <td>{formatPercent(r.stated)}</td>
                    <td>{r.lived == null ? '–' : formatPercent(r.lived)}</td>
                    <td>{r.difference == null ? '–' : formatPoints(r.difference)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <>
              <p className={styles.legend} aria-hidden="true">
                <span className={`${styles.swatch} ${styles.swatchStated}`} /> {t('statedLived.stated')}
                <span className={`${styles.swatch} ${styles.swatchLived}`} /> {t('statedLived.lived')}
              </p>
              <ul className={styles.rows} aria-label={t('statedLived.perValue')}>
                {rows.map((r) => (
                  <li key={r.value.id} className={styles.row}>
                    <p className={styles.rowHead}>
                      <Link to={paths.value(r.value.slug)}>{valueName(r.value)}</Link>
                      {r.difference != null && <span className={styles.diff}>{formatPoints(r.difference)}</span>}
                    </p>
                    <Bar kind="stated" share={r.stated} />
                    <Bar kind="lived" share={r.lived} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function Bar({ kind, share }: { kind: 'stated' | 'lived'; share: number | null }) {
  const { t } = useTranslation('impact');
  const label = kind === 'stated' ? t('statedLived.stated') : t('statedLived.lived');
  return (
    <div className={styles.barLine} data-series={kind}>
      <span className={styles.barLabel}>{label}</span>
      <span className={styles.track}>
        {share != null && (
          <span
            className={`${styles.bar} ${kind === 'stated' ? styles.barStated : styles.barLived}`}
            style={{ width: `${clampRatio(share) * 100}%` }}
          />
        )}
      </span>
      <span className={styles.barFigure}>{share == null ? '–' : formatPercent(share)}</span>
    </div>
  );
}

/** A person's stated and lived values, for their page (the handle from the route by default). */
export function PersonStatedLived({ handle: given }: { handle?: string }) {
  const { handle: fromRoute = '' } = useParams();
  const { t } = useTranslation('impact');
  const handle = given ?? fromRoute;
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetPersonStatedVsLived, variables: { handle } });
  if (!data && fetching) return <Loading label={t('statedLived.loading')} />;
  if (!data)
    return error ? <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null;
  if (!data.person) return null;
  return <StatedLived data={data.person.statedVsLived} whose="person" />;
}

/** A collaboration's stated and lived values, for its impact page. */
export function CollaborationStatedLived({ slug }: { slug: string }) {
  const { t } = useTranslation('impact');
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetCollaborationStatedVsLived, variables: { slug } });
  if (!data && fetching) return <Loading label={t('statedLived.loading')} />;
  if (!data)
    return error ? <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null;
  if (!data.collaboration) return null;
  return <StatedLived data={data.collaboration.statedVsLived} whose="collaboration" />;
}
