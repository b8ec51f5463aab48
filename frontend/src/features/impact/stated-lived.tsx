import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState, Loading, Meaning } from '../../components/ui';
import { formatPercent, formatQuantity, type ShownQuantity } from '../../lib/format';
import { paths } from '../../lib/paths';
import { clampRatio, unitLabel } from '../../lib/quantity';
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
  if (points === 0) return '0 points';
  const n = Math.abs(points);
  return `${points > 0 ? '+' : '−'}${n} ${n === 1 ? 'point' : 'points'}`;
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
  const statedWord = whose === 'person' ? 'strengths they declared' : 'weights of its values';

  return (
    <section className={styles.statedLived} aria-labelledby={headingId} data-testid="stated-lived">
      <h2 id={headingId}>Stated and lived</h2>
      <p className={styles.explain}>
        Each value’s share of the {statedWord} beside its share of the confirmed effort, kind by kind and unit by unit.{' '}
        <Meaning term="statedVsLived" />
      </p>
      {whose === 'collaboration' && (
        <p className={styles.explain}>
          Until contributions are linked to outcomes, each one serves the collaboration’s own values by their weights,
          so here the two sides agree.
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">
          {whose === 'person'
            ? 'No values declared and no confirmed effort yet.'
            : 'No values and no confirmed effort yet.'}
        </p>
      ) : (
        <>
          <div className={styles.controls}>
            {data.lived.length > 1 && (
              <span className={styles.unitPick}>
                <label htmlFor={selectId}>Effort in</label>
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
              {asTable ? 'Show as a chart' : 'Show as a table'}
            </button>
          </div>
          {effort ? (
            <p className={styles.counted}>
              Lived: {formatQuantity(effort.counted)} confirmed, in {effort.contributions}{' '}
              {effort.contributions === 1 ? 'contribution' : 'contributions'}; the two sides overlap by{' '}
              {formatPercent(clampRatio(effort.overlap))}.
            </p>
          ) : (
            <p className={styles.counted}>No confirmed effort yet, so there is no lived share to show (not zero).</p>
          )}
          {asTable ? (
            <table className={styles.table}>
              <caption className="visually-hidden">Stated and lived share per value</caption>
              <thead>
                <tr>
                  <th scope="col">Value</th>
                  <th scope="col">Stated</th>
                  <th scope="col">Lived</th>
                  <th scope="col">Lived − stated</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.value.id}>
                    <th scope="row">
                      <Link to={paths.value(r.value.slug)}>{r.value.name}</Link>
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
                <span className={`${styles.swatch} ${styles.swatchStated}`} /> Stated
                <span className={`${styles.swatch} ${styles.swatchLived}`} /> Lived
              </p>
              <ul className={styles.rows} aria-label="Stated and lived share per value">
                {rows.map((r) => (
                  <li key={r.value.id} className={styles.row}>
                    <p className={styles.rowHead}>
                      <Link to={paths.value(r.value.slug)}>{r.value.name}</Link>
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
  const label = kind === 'stated' ? 'Stated' : 'Lived';
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
  const handle = given ?? fromRoute;
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetPersonStatedVsLived, variables: { handle } });
  if (!data && fetching) return <Loading label="Loading stated and lived values…" />;
  if (!data)
    return error ? <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null;
  if (!data.person) return null;
  return <StatedLived data={data.person.statedVsLived} whose="person" />;
}

/** A collaboration's stated and lived values, for its impact page. */
export function CollaborationStatedLived({ slug }: { slug: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetCollaborationStatedVsLived, variables: { slug } });
  if (!data && fetching) return <Loading label="Loading stated and lived values…" />;
  if (!data)
    return error ? <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null;
  if (!data.collaboration) return null;
  return <StatedLived data={data.collaboration.statedVsLived} whose="collaboration" />;
}
