import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FulfilmentMeter } from '../../components/fulfilment';
import { Badge } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { daysFromNow } from '../../lib/dates';
import { paths } from '../../lib/paths';
import { formatDate, formatQuantity } from '../../lib/format';
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
  const what = formatQuantity(c.quantity);
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
          {c.status === 'PENDING' && ` · ${t('due.pending')}`}
        </p>
      )}
      <FulfilmentMeter fulfilment={c.fulfilment} label={t('due.fulfilment', { what })} />
    </li>
  );
}
