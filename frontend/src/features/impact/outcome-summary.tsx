import { Trans, useTranslation } from 'react-i18next';
import { Meaning } from '../../components/ui';
import styles from './impact.module.css';

/** Where a set of outcomes stands, counted, as one line of figures. */
export function OutcomeSummaryLine({
  summary,
}: {
  summary: { total: number; measured: number; onTrack: number; reached: number };
}) {
  const { t } = useTranslation('impact');
  const { total, measured, onTrack, reached } = summary;
  return (
    <ul className={styles.summary} aria-label={t('outcomeSummary.label')}>
      <li>
        <Trans t={t} i18nKey="outcomeSummary.total" count={total} components={{ strong: <strong /> }} />
      </li>
      <li>
        <Trans t={t} i18nKey="outcomeSummary.measured" count={measured} components={{ strong: <strong /> }} />
      </li>
      <li>
        <Trans t={t} i18nKey="outcomeSummary.onTrack" count={onTrack} components={{ strong: <strong /> }} />{' '}
        <Meaning term="onTrack" />
      </li>
      <li>
        <Trans t={t} i18nKey="outcomeSummary.reached" count={reached} components={{ strong: <strong /> }} />
      </li>
    </ul>
  );
}
