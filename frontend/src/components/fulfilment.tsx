import { useTranslation } from 'react-i18next';
import { i18n } from '../lib/i18n';
import { type QuantityLike } from '../lib/quantity';
import { Meaning, Meter } from './ui';
import { formatPart, formatPercent, formatQuantity } from '../lib/format';
import styles from './fulfilment.module.css';

/** What the API says of a commitment's delivery (type Fulfilment). */
export interface FulfilmentLike {
  committed: QuantityLike;
  confirmed: QuantityLike;
  unconfirmed: QuantityLike;
  confirmedRatio: number;
  withUnconfirmedRatio: number;
}

/** What fulfilment means, said where it is shown (in the language of the moment it is called). */
export function fulfilmentExplained(): string {
  return i18n.t('fulfilment.explained');
}

/** A commitment's fulfilment: a bar (confirmed, and with unconfirmed) and the figures. */
export function FulfilmentMeter({ fulfilment, label }: { fulfilment: FulfilmentLike; label?: string }) {
  const { t } = useTranslation();
  const f = fulfilment;
  const hasUnconfirmed = f.withUnconfirmedRatio > f.confirmedRatio;
  const confirmed = formatPercent(f.confirmedRatio);
  const text = hasUnconfirmed
    ? t('fulfilment.meterWithUnconfirmed', { confirmed, all: formatPercent(f.withUnconfirmedRatio) })
    : t('fulfilment.meter', { confirmed });
  return (
    <div className={styles.fulfilment}>
      <Meter
        value={f.confirmedRatio}
        secondary={f.withUnconfirmedRatio}
        label={label ?? t('fulfilment.label')}
        valueText={text}
        tone="success"
        size="sm"
      />
      <p className={styles.fulfilmentText}>
        <span>{t('fulfilment.confirmed', { part: formatPart(f.confirmed, f.committed), percent: confirmed })}</span>
        {hasUnconfirmed && (
          <span>
            {' '}
            ·{' '}
            {t('fulfilment.waiting', {
              amount: formatQuantity(f.unconfirmed),
              percent: formatPercent(f.withUnconfirmedRatio),
            })}
          </span>
        )}{' '}
        <Meaning term="fulfilment" />
      </p>
    </div>
  );
}

/** What reciprocity and behind mean, said where they are shown. */
export function reciprocityExplained(): string {
  return i18n.t('fulfilment.reciprocityExplained');
}

/** A member's reciprocity in words: "Reciprocity 41%", or that there is no figure yet. */
export function reciprocityText(reciprocity: number | null | undefined): string {
  return reciprocity === null || reciprocity === undefined
    ? i18n.t('fulfilment.noReciprocity')
    : i18n.t('fulfilment.reciprocity', { percent: formatPercent(reciprocity) });
}
