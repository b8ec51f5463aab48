import { Meaning, Meter } from '../../components/ui';
import { clampRatio } from '../../lib/quantity';
import { formatPercent } from '../../lib/format';
import styles from './alignment-bar.module.css';

/** What alignment means, said where it is shown. */
export const alignmentExplained =
  'Alignment compares how strongly you hold each value with how strongly they do: 100% for the same values held equally, 0% with nothing shared.';

/** How well two value profiles align, from 0 to 1, as a bar and a percentage. */
export function AlignmentBar({ score, name }: { score: number; name?: string }) {
  const percent = formatPercent(clampRatio(score));
  return (
    <div className={styles.alignment} data-testid="alignment">
      <p className={styles.alignmentFigure} data-testid="alignment-figure">
        <strong>{percent}</strong> aligned <Meaning term="alignment" />
      </p>
      <Meter value={score} label={name ? `Alignment with ${name}` : 'Alignment'} valueText={percent} tone="primary" />
    </div>
  );
}
