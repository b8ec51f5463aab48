import { Badge, Meter } from '../../components/ui';
import type { Recurrence } from '../../gql/graphql';
import { formatPart, formatPercent, periodRange } from '../../lib/format';
import type { QuantityLike } from '../../lib/quantity';
import styles from './commitment-periods.module.css';

/** One period as the API gives it (type CommitmentPeriod). */
export interface PeriodLike {
  startsOn: string;
  endsOn: string;
  amount: QuantityLike;
  confirmed: QuantityLike;
  unconfirmed: QuantityLike;
  confirmedRatio?: number | null;
  due: boolean;
  short: boolean;
}

function PeriodLine({ p, title }: { p: PeriodLike; title: string }) {
  const ratio = p.confirmedRatio ?? 0;
  const text = `${formatPart(p.confirmed, p.amount)} confirmed (${formatPercent(ratio)})`;
  return (
    <div className={styles.period}>
      <div className={styles.periodHead}>
        <span className={styles.periodTitle}>
          {title} <span className="muted">{periodRange(p.startsOn, p.endsOn)}</span>
        </span>
        {!p.due && <Badge tone="info">Running</Badge>}
        {p.due && (p.short ? <Badge tone="warning">Short</Badge> : <Badge tone="success">Met</Badge>)}
      </div>
      <Meter
        value={ratio}
        label={`${title} ${periodRange(p.startsOn, p.endsOn)}`}
        valueText={text}
        tone="success"
        size="sm"
      />
      <p className={styles.periodText}>{text}</p>
    </div>
  );
}

/**
 * The periods of a recurring commitment: the one running now, then the ended ones, newest
 * first. Only ended periods count toward fulfilment, reciprocity and behind.
 */
export function CommitmentPeriods({ every, periods }: { every: Recurrence; periods: readonly PeriodLike[] }) {
  const current = periods.find((p) => !p.due);
  const past = periods.filter((p) => p.due);
  const unit = every === 'WEEK' ? 'week' : 'month';
  return (
    <div className={styles.periods}>
      {current ? (
        <PeriodLine p={current} title={`This ${unit}`} />
      ) : (
        <p className="muted">No {unit} of this commitment is running now.</p>
      )}
      {past.length > 0 && (
        <details className={styles.past} open={past.length <= 3}>
          <summary>
            Past {unit}s ({past.length}): each counts on its own, up to 100%
          </summary>
          <ul className={styles.pastList} aria-label={`Past ${unit}s, newest first`}>
            {past.map((p) => (
              <li key={p.startsOn}>
                <PeriodLine p={p} title={unit === 'week' ? 'Week' : 'Month'} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
