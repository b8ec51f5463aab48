import { Link } from 'react-router';
import { paths } from '../../lib/paths';
import styles from './shared-values.module.css';
import chipStyles from '../../components/ui/chip.module.css';

interface Shared {
  viewerStrength: number;
  theirStrength: number;
  value: { id: string; slug: string; name: string };
}

/**
 * The values a match shares with the viewer, each with both strengths (for a
 * collaboration, the viewer's strength and the value's weight).
 */
export function SharedValues({
  shared,
  mine = 'you',
  theirs = 'them',
  label,
}: {
  shared: readonly Shared[];
  mine?: string;
  theirs?: string;
  label: string;
}) {
  if (shared.length === 0) return null;
  return (
    <ul className={chipStyles.chips} aria-label={label}>
      {shared.map((s) => (
        <li key={s.value.id}>
          <Link to={paths.value(s.value.slug)} className={styles.sharedChip}>
            <span className={styles.sharedChipName}>{s.value.name}</span>
            <span className={styles.sharedChipStrengths}>
              <span aria-hidden="true">
                {mine} {s.viewerStrength} · {theirs} {s.theirStrength}
              </span>
              <span className="visually-hidden">
                : {mine} {s.viewerStrength} of 5, {theirs} {s.theirStrength} of 5
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
