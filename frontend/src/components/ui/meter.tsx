import { clampRatio } from '../../lib/quantity';
import meterStyles from './meter.module.css';

const tones = { primary: '', accent: meterStyles.meterAccent, success: meterStyles.meterSuccess };

/**
 * A horizontal bar for a share from 0 to 1 (drawn clamped; the text says the real figure),
 * with an optional lighter second layer, such as "with unconfirmed" behind "confirmed".
 * It is an image with words for screen readers: `label` says what, `valueText` how much.
 */
export function Meter({
  value,
  secondary,
  label,
  valueText,
  tone = 'primary',
  size = 'md',
}: {
  value: number;
  secondary?: number;
  label: string;
  valueText: string;
  tone?: 'primary' | 'accent' | 'success';
  size?: 'sm' | 'md';
}) {
  const main = clampRatio(value);
  const behind = secondary === undefined ? undefined : clampRatio(Math.max(secondary, value));
  return (
    <div className={[meterStyles.meter, tones[tone], size === 'sm' ? meterStyles.meterSm : ''].filter(Boolean).join(' ')} role="img" aria-label={`${label}: ${valueText}`}>
      {behind !== undefined && behind > main && (
        <span className={`${meterStyles.meterFill} ${meterStyles.meterFillSecondary}`} style={{ width: `${behind * 100}%` }} />
      )}
      <span className={meterStyles.meterFill} style={{ width: `${main * 100}%` }} />
    </div>
  );
}
