import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Spinner } from '../../components/ui';
import type { ProposalKind, ProposalStatus } from '../../gql/graphql';
import { decisionPaths } from '../../lib/paths';
import { timeLeft } from '../../lib/time';
import { explainOutcome, type Counts } from './outcome';
import { formatDateTimeLong, localTimeZone } from '../../lib/format';
import styles from './closing-status.module.css';

/**
 * When an open proposal closes, in the person's own time zone, and how long is left; once
 * the time has come, that the outcome is being counted; once closed, the outcome and why.
 */
export function ClosingStatus({
  status,
  kind,
  closesAt,
  closedAt,
  tally,
  reason,
  poll = false,
  slug,
  now,
}: {
  status: ProposalStatus;
  kind: ProposalKind;
  closesAt: string;
  closedAt?: string | null;
  tally: Counts;
  /** The server's sentence of why it ended so, when it gave one. */
  reason?: string | null;
  /** A poll closes with its result in the reason (never agrees and disagrees). */
  poll?: boolean;
  slug: string;
  now: Date;
}) {
  const { t } = useTranslation('decisions');
  if (status === 'OPEN') {
    const left = timeLeft(closesAt, now);
    if (!left) {
      return (
        <div className={`${styles.closing} ${styles['closing--counting']}`} role="status">
          <Spinner size="sm" label="" />
          <p>{t('closing.counting')}</p>
        </div>
      );
    }
    return (
      <div className={`${styles.closing} ${styles['closing--open']}`}>
        <p className="closing__when">
          <Trans
            t={t}
            i18nKey="closing.closesOn"
            values={{ when: formatDateTimeLong(closesAt) }}
            components={{ time: <time dateTime={closesAt} /> }}
          />{' '}
          <span className={styles.closingZone}>{t('closing.zone', { zone: localTimeZone() })}</span>
        </p>
        <p className="closing__left">
          {poll ? (
            <Trans t={t} i18nKey="closing.leftBallot" values={{ left }} components={{ strong: <strong /> }} />
          ) : (
            <Trans t={t} i18nKey="closing.leftPosition" values={{ left }} components={{ strong: <strong /> }} />
          )}
        </p>
      </div>
    );
  }
  const tone =
    status === 'ADOPTED'
      ? 'adopted'
      : status === 'REJECTED'
        ? 'rejected'
        : status === 'QUORUM_NOT_REACHED' || status === 'NOT_COVERED'
          ? 'quorum'
          : 'withdrawn';
  return (
    <div className={`${styles.closing} ${styles[`closing--${tone}`]}`} role="status">
      <p className={styles.closingOutcome}>
        {((status === 'QUORUM_NOT_REACHED' || status === 'NOT_COVERED' || poll) && reason) ||
          explainOutcome(status, tally)}
      </p>
      {closedAt && (
        <p className="closing__when">
          {status === 'WITHDRAWN' ? (
            <Trans
              t={t}
              i18nKey="closing.withdrawnOn"
              values={{ when: formatDateTimeLong(closedAt) }}
              components={{ time: <time dateTime={closedAt} /> }}
            />
          ) : (
            <Trans
              t={t}
              i18nKey="closing.closedOn"
              values={{ when: formatDateTimeLong(closedAt) }}
              components={{ time: <time dateTime={closedAt} /> }}
            />
          )}
        </p>
      )}
      {status === 'ADOPTED' && kind === 'GOAL' && (
        <p>
          <Trans t={t} i18nKey="closing.goalAdopted" components={{ a: <Link to={decisionPaths.decisions(slug)} /> }} />
        </p>
      )}
    </div>
  );
}
