import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('ledger');
  const c = getFragmentData(DueCommitment_commitment, commitment);
  const collab = c.membership.collaboration;
  const weekly = c.recurrence?.every === 'WEEK';
  const amount = formatQuantity(c.quantity);
  const what = !c.recurrence ? amount : weekly ? t('due.perWeek', { amount }) : t('due.perMonth', { amount });
  const p = c.currentPeriod;
  const pending = c.status === 'PENDING' && ` · ${t('due.pending')}`;
  return (
    <li className={`${cardStyles.card} ${styles.due}`}>
      <div className={dueListStyles.dueHead}>
        <p className={dueListStyles.dueWhat}>
          <Trans
            t={t}
            i18nKey="due.what"
            values={{ what, title: collab.title }}
            components={{ strong: <strong />, a: <Link to={paths.collaboration(collab.slug)} /> }}
          />
        </p>
        {c.behind ? <Badge tone="danger">{t('behind')}</Badge> : <Badge tone="warning">{t('due.soon')}</Badge>}
      </div>
      {c.description && <p className={dueListStyles.dueDescription}>{c.description}</p>}
      {c.dueAt && (
        <p className={dueListStyles.dueWhen}>
          {t('due.when', { date: formatDate(c.dueAt), days: daysFromNow(c.dueAt) })}
          {pending}
        </p>
      )}
      {c.recurrence && c.behind && (
        <p className={dueListStyles.dueWhen}>{weekly ? t('due.lastWeekShort') : t('due.lastMonthShort')}</p>
      )}
      {p ? (
        <>
          <p className={dueListStyles.dueWhen}>
            {weekly ? t('due.thisWeek', periodWords(p)) : t('due.thisMonth', periodWords(p))}
            {pending}
          </p>
          <FulfilmentMeter
            fulfilment={periodFulfilment(p)}
            label={weekly ? t('due.thisWeekOf', { what }) : t('due.thisMonthOf', { what })}
          />
        </>
      ) : (
        !c.recurrence && <FulfilmentMeter fulfilment={c.fulfilment} label={t('due.fulfilment', { what })} />
      )}
    </li>
  );
}

type Period = NonNullable<DueCommitment_CommitmentFragment['currentPeriod']>;

/** The running period's delivery against its amount, as a fulfilment meter shows it. */
/** A running period's dates as the due list says them. */
function periodWords(p: Period): { range: string; days: string } {
  return { range: periodRange(p.startsOn, p.endsOn), days: daysFromNow(`${p.endsOn}T12:00:00`) };
}

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
