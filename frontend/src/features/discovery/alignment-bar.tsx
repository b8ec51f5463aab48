import { Trans, useTranslation } from 'react-i18next';
import { Meaning, Meter } from '../../components/ui';
import { clampRatio } from '../../lib/quantity';
import { formatPercent } from '../../lib/format';
import { i18n } from '../../lib/i18n';
import styles from './alignment-bar.module.css';

/** What alignment means, said where it is shown. */
export function alignmentExplained(): string {
  return i18n.t('discovery:alignment.explained');
}

/** How well two value profiles align, from 0 to 1, as a bar and a percentage. */
export function AlignmentBar({ score, name }: { score: number; name?: string }) {
  const { t } = useTranslation('discovery');
  const percent = formatPercent(clampRatio(score));
  return (
    <div className={styles.alignment} data-testid="alignment">
      <p className={styles.alignmentFigure} data-testid="alignment-figure">
        <Trans t={t} i18nKey="alignment.figure" values={{ percent }} components={{ strong: <strong /> }} />{' '}
        <Meaning term="alignment" />
      </p>
      <Meter
        value={score}
        label={name ? t('alignment.with', { name }) : t('alignment.label')}
        valueText={percent}
        tone="primary"
      />
    </div>
  );
}
