import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('collaborations');
  const ratio = p.confirmedRatio ?? 0;
  const text = t('periods.confirmed', { part: formatPart(p.confirmed, p.amount), percent: formatPercent(ratio) });
  return (
    <div className={styles.period}>
      <div className={styles.periodHead}>
        <span className={styles.periodTitle}>
          {title} <span className="muted">{periodRange(p.startsOn, p.endsOn)}</span>
        </span>
        {!p.due && <Badge tone="info">{t('periods.running')}</Badge>}
        {p.due &&
          (p.short ? (
            <Badge tone="warning">{t('periods.short')}</Badge>
          ) : (
            <Badge tone="success">{t('periods.met')}</Badge>
          ))}
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
  const { t } = useTranslation('collaborations');
  const current = periods.find((p) => !p.due);
  const past = periods.filter((p) => p.due);
  const week = every === 'WEEK';
  return (
    <div className={styles.periods}>
      {current ? (
        <PeriodLine p={current} title={week ? t('periods.thisWeek') : t('periods.thisMonth')} />
      ) : (
        <p className="muted">{week ? t('periods.noWeek') : t('periods.noMonth')}</p>
      )}
      {past.length > 0 && (
        <details className={styles.past} open={past.length <= 3}>
          <summary>
            {week ? t('periods.pastWeeks', { n: past.length }) : t('periods.pastMonths', { n: past.length })}
          </summary>
          <ul
            className={styles.pastList}
            aria-label={week ? t('periods.pastWeeksLabel') : t('periods.pastMonthsLabel')}
          >
            {past.map((p) => (
              <li key={p.startsOn}>
                <PeriodLine p={p} title={week ? t('periods.week') : t('periods.month')} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
