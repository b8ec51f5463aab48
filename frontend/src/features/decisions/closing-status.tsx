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
  if (status === 'OPEN') {
    const left = timeLeft(closesAt, now);
    if (!left) {
      return (
        <div className={`${styles.closing} ${styles['closing--counting']}`} role="status">
          <Spinner size="sm" label="" />
          <p>The closing time has passed: the outcome is being counted. This page updates by itself.</p>
        </div>
      );
    }
    return (
      <div className={`${styles.closing} ${styles['closing--open']}`}>
        <p className="closing__when">
          Closes on <time dateTime={closesAt}>{formatDateTimeLong(closesAt)}</time>{' '}
          <span className={styles.closingZone}>(your time zone: {localTimeZone()})</span>
        </p>
        <p className="closing__left">
          <strong>{left} left</strong> to {poll ? 'cast a ballot' : 'take a position'} or comment. It closes by itself
          then.
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
        {((status === 'QUORUM_NOT_REACHED' || status === 'NOT_COVERED' || poll) && reason) || explainOutcome(status, tally)}
      </p>
      {closedAt && (
        <p className="closing__when">
          {status === 'WITHDRAWN' ? 'Withdrawn' : 'Closed'} on{' '}
          <time dateTime={closedAt}>{formatDateTimeLong(closedAt)}</time>.
        </p>
      )}
      {status === 'ADOPTED' && kind === 'GOAL' && (
        <p>
          The proposed goal is now the collaboration’s goal; the old one is kept in the{' '}
          <Link to={decisionPaths.decisions(slug)}>goal history</Link>.
        </p>
      )}
    </div>
  );
}
