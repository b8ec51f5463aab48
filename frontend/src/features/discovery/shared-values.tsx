import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';
import { valueName } from '../../lib/values-catalog';
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
  mine,
  theirs,
  label,
}: {
  shared: readonly Shared[];
  /** The viewer's side, "you" unless told. */
  mine?: string;
  /** The other side, "them" unless told. */
  theirs?: string;
  label: string;
}) {
  const { t } = useTranslation('discovery');
  if (shared.length === 0) return null;
  const my = mine ?? t('shared.you');
  const their = theirs ?? t('shared.them');
  return (
    <ul className={chipStyles.chips} aria-label={label}>
      {shared.map((s) => (
        <li key={s.value.id}>
          <Link to={paths.value(s.value.slug)} className={styles.sharedChip}>
            <span className={styles.sharedChipName}>{valueName(s.value)}</span>
            <span className={styles.sharedChipStrengths}>
              <span aria-hidden="true">
                {t('shared.short', { mine: my, theirs: their, a: s.viewerStrength, b: s.theirStrength })}
              </span>
              <span className="visually-hidden">
                {t('shared.long', { mine: my, theirs: their, a: s.viewerStrength, b: s.theirStrength })}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
