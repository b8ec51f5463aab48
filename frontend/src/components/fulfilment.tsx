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

/** What fulfilment means, said where it is shown. */
export const fulfilmentExplained =
  'Fulfilment is what was delivered out of what was committed: the dark part is confirmed by another member, the light part is logged but not yet confirmed. Reversed entries count for nothing.';

/** A commitment's fulfilment: a bar (confirmed, and with unconfirmed) and the figures. */
export function FulfilmentMeter({ fulfilment, label = 'Fulfilment' }: { fulfilment: FulfilmentLike; label?: string }) {
  const f = fulfilment;
  const hasUnconfirmed = f.withUnconfirmedRatio > f.confirmedRatio;
  const text = `${formatPercent(f.confirmedRatio)} confirmed${
    hasUnconfirmed ? `, ${formatPercent(f.withUnconfirmedRatio)} with unconfirmed` : ''
  }`;
  return (
    <div className={styles.fulfilment}>
      <Meter
        value={f.confirmedRatio}
        secondary={f.withUnconfirmedRatio}
        label={label}
        valueText={text}
        tone="success"
        size="sm"
      />
      <p className={styles.fulfilmentText}>
        <span>
          {formatPart(f.confirmed, f.committed)} confirmed ({formatPercent(f.confirmedRatio)})
        </span>
        {hasUnconfirmed && (
          <span>
            {' '}
            · {formatQuantity(f.unconfirmed)} waiting for confirmation ({formatPercent(f.withUnconfirmedRatio)} in all)
          </span>
        )}{' '}
        <Meaning term="fulfilment" />
      </p>
    </div>
  );
}

/** What reciprocity and behind mean, said where they are shown. */
export const reciprocityExplained =
  'Reciprocity is the average confirmed fulfilment of a member’s binding commitments, each counted up to 100%; with no binding commitment there is no figure. Behind means a binding commitment’s due date has passed before it was fully delivered.';

/** A member's reciprocity in words: "Reciprocity 41%", or that there is no figure yet. */
export function reciprocityText(reciprocity: number | null | undefined): string {
  return reciprocity === null || reciprocity === undefined
    ? 'No reciprocity figure yet (no binding commitment)'
    : `Reciprocity ${formatPercent(reciprocity)}`;
}
