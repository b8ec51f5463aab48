import type { ReactNode } from 'react';
import badgeStyles from './badge.module.css';

export type BadgeTone = 'neutral' | 'primary' | 'accent' | 'success' | 'warning' | 'danger' | 'info';

const tones: Record<BadgeTone, string> = {
  neutral: '',
  primary: badgeStyles.badgePrimary,
  accent: badgeStyles.badgeAccent,
  success: badgeStyles.badgeSuccess,
  warning: badgeStyles.badgeWarning,
  danger: badgeStyles.badgeDanger,
  info: badgeStyles.badgeInfo,
};

/** A short status word in a pill, such as "Binding" or "Steward". */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`${badgeStyles.badge} ${tones[tone]}`}>{children}</span>;
}
