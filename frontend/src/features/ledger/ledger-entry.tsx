import { useState } from 'react';
import { Link } from 'react-router';
import { ActionButton } from '../../components/action-button';
import { ServesOutcomesEditor } from '../../components/outcome-links/serves-outcomes';
import { Badge, Button } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { paths } from '../../lib/paths';
import { ConfirmContribution } from './api/confirm-contribution';
import { ReverseForm } from './reverse-form';
import { contributionStatusWords } from './words';
import { Quantity } from '../../components/quantity';
import { formatDate, formatQuantity } from '../../lib/format';
import styles from './ledger-entry.module.css';
import ledgerListStyles from './ledger-list.module.css';

export const LedgerEntry_contribution = graphql(`
  fragment LedgerEntry_contribution on Contribution {
    id
    status
    note
    occurredAt
    viewerCanConfirm
    quantity {
      kind
      amount
      unit
      currency
    }
    person {
      id
      handle
      displayName
    }
    confirmedBy {
      id
      displayName
    }
    commitment {
      id
      description
    }
    serves {
      id
      name
    }
    reverses {
      id
      occurredAt
      quantity {
        ...Quantity_quantity
      }
    }
    reversedBy {
      id
      note
      occurredAt
    }
  }
`);

/**
 * One ledger entry: who gave what and when, whether another member confirmed it, and,
 * for corrections, which entry it reverses and why. Entries are never edited.
 */
export function LedgerEntry({
  entry,
  viewerId,
  isSteward = false,
  isMember = false,
  onNotice,
  outcomes = [],
}: {
  entry: FragmentType<typeof LedgerEntry_contribution>;
  viewerId?: string;
  isSteward?: boolean;
  isMember?: boolean;
  onNotice?: (message: string) => void;
  /** The collaboration's outcomes, which the contributor may say the entry serves. */
  outcomes?: { id: string; name: string }[];
}) {
  const e = getFragmentData(LedgerEntry_contribution, entry);
  const [reversing, setReversing] = useState(false);
  const who = e.person?.displayName ?? 'A member with a hidden profile';
  const what = formatQuantity(e.quantity);
  const status = contributionStatusWords[e.status];
  const mine = !!viewerId && e.person?.id === viewerId;
  const canReverse = (e.status === 'UNCONFIRMED' || e.status === 'CONFIRMED') && ((mine && isMember) || isSteward);
  return (
    <li className={`${styles.entry} ${styles[`entry--${e.status.toLowerCase()}`]}`}>
      <div className={ledgerListStyles.entryHead}>
        <p className={ledgerListStyles.entryWhat}>
          <span
            className={
              e.status === 'REVERSED' ? `${styles.entryAmount} ${styles.entryAmountStruck}` : styles.entryAmount
            }
          >
            {what}
          </span>{' '}
          <span>by {e.person ? <Link to={paths.person(e.person.handle)}>{who}</Link> : who}</span>
        </p>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      {e.note && <p className={ledgerListStyles.entryNote}>{e.status === 'REVERSAL' ? `Why: ${e.note}` : e.note}</p>}
      <p className={ledgerListStyles.entryMeta}>
        <time dateTime={e.occurredAt}>{formatDate(e.occurredAt)}</time>
        {e.commitment && <span> · against the commitment “{e.commitment.description || 'without words'}”</span>}
        {e.status === 'CONFIRMED' && e.confirmedBy && <span> · confirmed by {e.confirmedBy.displayName}</span>}
        {e.reverses && (
          <span>
            {' '}
            · corrects the entry of <Quantity quantity={e.reverses.quantity} /> from {formatDate(e.reverses.occurredAt)}
            , which now counts for nothing
          </span>
        )}
        {e.reversedBy && (
          <span>
            {' '}
            · reversed on {formatDate(e.reversedBy.occurredAt)}: {e.reversedBy.note}
          </span>
        )}
      </p>
      {e.status !== 'REVERSAL' && (
        <ServesOutcomesEditor
          subjectId={e.id}
          what={`the entry of ${what} by ${who}`}
          outcomes={outcomes}
          serves={e.serves}
          canEdit={mine && isMember && e.status !== 'REVERSED'}
          hint="Left empty, it serves what its commitment or need serves. Serving several, it counts evenly toward each."
          onNotice={onNotice}
        />
      )}
      {(e.viewerCanConfirm || canReverse) && !reversing && (
        <div className={ledgerListStyles.entryActions}>
          {e.viewerCanConfirm && (
            <ActionButton
              mutation={ConfirmContribution}
              input={{ contributionId: e.id }}
              variant="primary"
              onDone={() => onNotice?.(`You confirmed ${who}’s ${what}.`)}
            >
              Confirm{' '}
              <span className="visually-hidden">
                {what} by {who}
              </span>
            </ActionButton>
          )}
          {canReverse && (
            <Button size="sm" variant="quiet" onClick={() => setReversing(true)}>
              Reverse{' '}
              <span className="visually-hidden">
                {what} by {who}
              </span>
            </Button>
          )}
        </div>
      )}
      {reversing && (
        <ReverseForm
          contributionId={e.id}
          what={what}
          onClose={(message) => {
            setReversing(false);
            if (message) onNotice?.(message);
          }}
        />
      )}
    </li>
  );
}
