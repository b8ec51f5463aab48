import { Link } from 'react-router';
import { FulfilmentMeter, type FulfilmentLike } from '../../components/fulfilment';
import { Badge } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { DueCommitment_CommitmentFragment } from '../../gql/graphql';
import { daysFromNow } from '../../lib/dates';
import { paths } from '../../lib/paths';
import { formatDate, formatQuantity, periodRange } from '../../lib/format';
import styles from './due-commitment.module.css';
import dueListStyles from './due-list.module.css';
import cardStyles from '../../components/ui/card.module.css';

export const DueCommitment_commitment = graphql(`
  fragment DueCommitment_commitment on Commitment {
    id
    status
    description
    dueAt
    behind
    recurrence {
      every
    }
    currentPeriod {
      startsOn
      endsOn
      confirmedRatio
      amount {
        kind
        amount
        unit
        currency
      }
      confirmed {
        kind
        amount
        unit
        currency
      }
      unconfirmed {
        kind
        amount
        unit
        currency
      }
    }
    quantity {
      kind
      amount
      unit
      currency
    }
    membership {
      id
      collaboration {
        id
        slug
        title
      }
    }
    fulfilment {
      confirmedRatio
      withUnconfirmedRatio
      committed {
        kind
        amount
        unit
        currency
      }
      confirmed {
        kind
        amount
        unit
        currency
      }
      unconfirmed {
        kind
        amount
        unit
        currency
      }
    }
  }
`);

/** One of my commitments that is due soon or overdue, with how much is delivered. */
export function DueCommitment({ commitment }: { commitment: FragmentType<typeof DueCommitment_commitment> }) {
  const c = getFragmentData(DueCommitment_commitment, commitment);
  const collab = c.membership.collaboration;
  const unit = c.recurrence?.every === 'WEEK' ? 'week' : 'month';
  const what = c.recurrence ? `${formatQuantity(c.quantity)} per ${unit}` : formatQuantity(c.quantity);
  const p = c.currentPeriod;
  const pending = c.status === 'PENDING' && ' · pending: not binding yet';
  return (
    <li className={`${cardStyles.card} ${styles.due}`}>
      <div className={dueListStyles.dueHead}>
        <p className={dueListStyles.dueWhat}>
          <strong>{what}</strong> for <Link to={paths.collaboration(collab.slug)}>{collab.title}</Link>
        </p>
        {c.behind ? <Badge tone="danger">Behind</Badge> : <Badge tone="warning">Due soon</Badge>}
      </div>
      {c.description && <p className={dueListStyles.dueDescription}>{c.description}</p>}
      {c.dueAt && (
        <p className={dueListStyles.dueWhen}>
          Due {formatDate(c.dueAt)} ({daysFromNow(c.dueAt)}){pending}
        </p>
      )}
      {c.recurrence && c.behind && <p className={dueListStyles.dueWhen}>The last {unit} that ended fell short.</p>}
      {p ? (
        <>
          <p className={dueListStyles.dueWhen}>
            This {unit}: {periodRange(p.startsOn, p.endsOn)}, its last day {daysFromNow(`${p.endsOn}T12:00:00`)}
            {pending}
          </p>
          <FulfilmentMeter fulfilment={periodFulfilment(p)} label={`This ${unit} of ${what}`} />
        </>
      ) : (
        !c.recurrence && <FulfilmentMeter fulfilment={c.fulfilment} label={`Fulfilment of ${what}`} />
      )}
    </li>
  );
}

type Period = NonNullable<DueCommitment_CommitmentFragment['currentPeriod']>;

/** The running period's delivery against its amount, as a fulfilment meter shows it. */
function periodFulfilment(p: Period): FulfilmentLike {
  const amount = Number(p.amount.amount);
  const all = Number(p.confirmed.amount) + Number(p.unconfirmed.amount);
  return {
    committed: p.amount,
    confirmed: p.confirmed,
    unconfirmed: p.unconfirmed,
    confirmedRatio: p.confirmedRatio ?? 0,
    withUnconfirmedRatio: amount > 0 ? all / amount : 0,
  };
}
