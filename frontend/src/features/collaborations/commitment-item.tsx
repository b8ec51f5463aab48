import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServesOutcomesEditor } from '../../components/outcome-links/serves-outcomes';
import { Badge, Button } from '../../components/ui';
import { FulfilmentMeter } from '../../components/fulfilment';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { daysFromNow } from '../../lib/dates';
import { ActionButton } from '../../components/action-button';
import { ReleaseCommitment } from './api/release-commitment';
import { CancelCommitment } from './api/cancel-commitment';
import { CommitmentPeriods } from './commitment-periods';
import { WithdrawCommitment } from './api/withdraw-commitment';
import { needLabel } from '../../lib/need-draft';
import { ReviseForm } from './revise-form';
import { boundText, commitmentStatusWords, conditionText, recurrenceText } from './words';
import { formatDate, formatQuantity } from '../../lib/format';
import shared from './collaborations.module.css';
import styles from './commitment-item.module.css';
import commitmentStyles from '../../components/commitment.module.css';

export const CommitmentItem_commitment = graphql(`
  fragment CommitmentItem_commitment on Commitment {
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
    condition {
      kind
      threshold
      by
    }
    lapseReason
    recurrence {
      every
      startsOn
      endsOn
      cancelledAt
      timeZone
    }
    periods(first: 3) {
      startsOn
      endsOn
      due
      short
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
    serves {
      id
      name
    }
    need {
      id
      skill
      description
      quantity {
        kind
        amount
        unit
        currency
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

/** One commitment: what, toward which need, when it binds, how far it is delivered. */
export function CommitmentItem({
  commitment,
  isOwn,
  viewerIsSteward,
  outcomes = [],
  onNotice,
}: {
  commitment: FragmentType<typeof CommitmentItem_commitment>;
  isOwn: boolean;
  viewerIsSteward: boolean;
  /** The collaboration's outcomes its maker may say it serves. */
  outcomes?: { id: string; name: string }[];
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation('collaborations');
  const c = getFragmentData(CommitmentItem_commitment, commitment);
  const [revising, setRevising] = useState(false);
  const status = commitmentStatusWords()[c.status];
  const r = c.recurrence;
  const quantity = formatQuantity(c.quantity);
  const what = r
    ? r.every === 'WEEK'
      ? t('commitmentItem.perWeek', { quantity })
      : t('commitmentItem.perMonth', { quantity })
    : quantity;
  const condition = conditionText(c.condition.kind, c.condition.threshold);
  const live = c.status === 'PENDING' || c.status === 'BINDING';
  return (
    <li className={`${styles.commitment} ${styles[`commitment--${c.status.toLowerCase()}`]}`}>
      <div className={commitmentStyles.commitmentHead}>
        <p className={commitmentStyles.commitmentWhat}>
          <strong>{what}</strong>
          {c.need && <span className="muted"> {t('commitmentItem.toward', { need: needLabel(c.need) })}</span>}
        </p>
        <span className={shared.commitmentBadges}>
          <Badge tone={status.tone}>{status.label}</Badge>
          {c.behind && <Badge tone="danger">{t('commitmentItem.behind')}</Badge>}
        </span>
      </div>
      {c.description && <p className={commitmentStyles.commitmentDescription}>{c.description}</p>}
      <p className={commitmentStyles.commitmentMeta}>
        {c.status === 'PENDING' && (
          <span>
            {c.condition.by
              ? t('commitmentItem.conditionBy', { condition, date: formatDate(c.condition.by) })
              : t('commitmentItem.sentence', { text: condition })}{' '}
          </span>
        )}
        {c.status === 'LAPSED' && c.lapseReason && <span>{c.lapseReason} </span>}
        {r && <span>{t('commitmentItem.sentence', { text: recurrenceText(r) })} </span>}
        {c.status === 'BINDING' && c.condition.kind !== 'NONE' && (
          <span>{t('commitmentItem.sentence', { text: boundText(c.condition.kind, c.condition.threshold) })} </span>
        )}
        {c.dueAt && (
          <span>{t('commitmentItem.due', { date: formatDate(c.dueAt), relative: daysFromNow(c.dueAt) })}</span>
        )}
      </p>
      {r && c.status !== 'WITHDRAWN' && c.status !== 'LAPSED' && (
        <CommitmentPeriods every={r.every} periods={c.periods} />
      )}
      {(r
        ? c.periods.some((p) => p.due)
        : c.status === 'BINDING' || c.status === 'RELEASED' || c.fulfilment.withUnconfirmedRatio > 0) && (
        <>
          {r && (
            <p className={commitmentStyles.commitmentMeta}>
              {r.every === 'WEEK' ? t('commitmentItem.overWeeks') : t('commitmentItem.overMonths')}
            </p>
          )}
          <FulfilmentMeter
            fulfilment={c.fulfilment}
            label={r ? t('commitmentItem.fulfilmentPeriods', { what }) : t('commitmentItem.fulfilment', { what })}
          />
        </>
      )}
      {revising ? (
        <ReviseForm
          commitment={c}
          onClose={(message) => {
            setRevising(false);
            if (message) onNotice(message);
          }}
        />
      ) : (
        live &&
        (isOwn || (viewerIsSteward && c.status === 'BINDING' && !isOwn)) && (
          <div className={commitmentStyles.commitmentActions}>
            {isOwn && (
              <Button
                size="sm"
                variant="secondary"
                onClick={() => setRevising(true)}
                aria-label={t('commitmentItem.reviseLabel', { what })}
              >
                {t('commitmentItem.revise')}
              </Button>
            )}
            {isOwn && c.status === 'PENDING' && (
              <ActionButton
                mutation={WithdrawCommitment}
                input={{ commitmentId: c.id }}
                variant="quiet"
                onDone={() => onNotice(t('commitmentItem.withdrawn', { what }))}
              >
                {t('commitmentItem.withdraw')}
              </ActionButton>
            )}
            {isOwn && c.status === 'BINDING' && r && !r.cancelledAt && (
              <ActionButton
                mutation={CancelCommitment}
                input={{ commitmentId: c.id }}
                variant="quiet"
                confirm={{
                  question: t('commitmentItem.cancelQuestion', { what }),
                  yes: t('commitmentItem.cancelIt'),
                }}
                onDone={() => onNotice(t('commitmentItem.cancelled', { what }))}
              >
                {t('cancel')}
              </ActionButton>
            )}
            {viewerIsSteward && !isOwn && c.status === 'BINDING' && (
              <ActionButton
                mutation={ReleaseCommitment}
                input={{ commitmentId: c.id }}
                variant="quiet"
                confirm={{
                  question: t('commitmentItem.releaseQuestion', { what }),
                  yes: t('commitmentItem.release'),
                }}
                onDone={() => onNotice(t('commitmentItem.released', { what }))}
              >
                {t('commitmentItem.release')}
              </ActionButton>
            )}
          </div>
        )
      )}
      <ServesOutcomesEditor
        subjectId={c.id}
        what={t('commitmentItem.servesWhat', { what })}
        outcomes={outcomes}
        serves={c.serves}
        canEdit={isOwn && live}
        hint={t('commitmentItem.servesHint')}
        onNotice={onNotice}
      />
    </li>
  );
}
