import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('ledger');
  const e = getFragmentData(LedgerEntry_contribution, entry);
  const [reversing, setReversing] = useState(false);
  const withoutWords = t('entry.withoutWords');
  const who = e.person?.displayName ?? t('entry.hiddenProfile');
  const what = formatQuantity(e.quantity);
  const status = contributionStatusWords()[e.status];
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
          <span>
            <Trans
              t={t}
              i18nKey="entry.by"
              values={{ who }}
              components={{ a: e.person ? <Link to={paths.person(e.person.handle)} /> : <span /> }}
            />
          </span>
        </p>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      {e.note && (
        <p className={ledgerListStyles.entryNote}>
          {e.status === 'REVERSAL' ? t('entry.why', { note: e.note }) : e.note}
        </p>
      )}
      <p className={ledgerListStyles.entryMeta}>
        <time dateTime={e.occurredAt}>{formatDate(e.occurredAt)}</time>
        {e.commitment && (
          <span>
            {' · '}
            {t('entry.against', { description: e.commitment.description || withoutWords })}
          </span>
        )}
        {e.status === 'CONFIRMED' && e.confirmedBy && (
          <span>
            {' · '}
            {t('entry.confirmedBy', { name: e.confirmedBy.displayName })}
          </span>
        )}
        {e.reverses && (
          <span>
            {' · '}
            <Trans
              t={t}
              i18nKey="entry.corrects"
              values={{ date: formatDate(e.reverses.occurredAt) }}
              components={{ quantity: <Quantity quantity={e.reverses.quantity} /> }}
            />
          </span>
        )}
        {e.reversedBy && (
          <span>
            {' · '}
            {t('entry.reversedOn', { date: formatDate(e.reversedBy.occurredAt), note: e.reversedBy.note })}
          </span>
        )}
      </p>
      {e.status !== 'REVERSAL' && (
        <ServesOutcomesEditor
          subjectId={e.id}
          what={t('entry.what', { what, who })}
          outcomes={outcomes}
          serves={e.serves}
          canEdit={mine && isMember && e.status !== 'REVERSED'}
          hint={t('serves.hint')}
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
              onDone={() => onNotice?.(t('entry.confirmed', { who, what }))}
            >
              {t('entry.confirm')} <span className="visually-hidden">{t('entry.whatBy', { what, who })}</span>
            </ActionButton>
          )}
          {canReverse && (
            <Button size="sm" variant="quiet" onClick={() => setReversing(true)}>
              {t('entry.reverse')} <span className="visually-hidden">{t('entry.whatBy', { what, who })}</span>
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
